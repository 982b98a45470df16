/**
 * The workshop's own log: sandbox actions and lesson events go to the background's separate "workshop" database
 * (`db: 'workshop'` in the protocol), never to the learner's practice log. "Reset workshop" empties it.
 * Pure of browser APIs: the page passes its messaging `send` in.
 */
import type { MessageName, RequestOf, ResponseOf } from '../messaging/protocol';
import type { NewPracticeAction } from '../practice/schema';
import type { DetectedAction } from '../sites/types';
import type { Lesson, LessonStep } from './schema';
import { stepRef } from './progress';

export type Send = <K extends MessageName>(type: K, payload: RequestOf<K>) => Promise<ResponseOf<K>>;

export interface WorkshopLog {
  record(action: NewPracticeAction): Promise<{ stored: boolean; id: string }>;
  /** How many actions the workshop log holds. */
  count(): Promise<number>;
  reset(): Promise<void>;
}

export function workshopLog(send: Send): WorkshopLog {
  return {
    record: (action) => send('log.record', { action, db: 'workshop' }),
    count: async () => (await send('log.stats', { db: 'workshop' })).total,
    reset: async () => {
      await send('log.deleteAll', { db: 'workshop' });
    },
  };
}

export interface Stamp {
  /** Where the sandbox runs (the extension page's host). */
  host: string;
  /** The sandbox screen, e.g. "sandbox.post-editor". */
  context: string;
  now: number;
  uuid: () => string;
}

/** A detected sandbox action (or a tip event the tutor reports), stamped for the workshop log. */
export function sandboxAction(
  detected: Pick<DetectedAction, 'type' | 'skills' | 'metrics' | 'key'> & { ref?: string },
  stamp: Stamp,
): NewPracticeAction {
  return {
    id: stamp.uuid(),
    key: detected.key,
    time: stamp.now,
    site: { kind: 'sandbox', host: stamp.host },
    context: stamp.context,
    type: detected.type,
    skills: detected.skills.slice(0, 20),
    metrics: detected.metrics ?? {},
    ...(detected.ref ? { ref: detected.ref } : {}),
  };
}

/**
 * A lesson event for the workshop log: `lesson.step-completed` with ref "<lesson>/<step>", or `lesson.completed`
 * with the lesson id. The key includes when the lesson started, so doing the lesson again logs again.
 */
export function lessonAction(
  event: { type: 'lesson.step-completed'; lesson: Lesson; step: LessonStep } | { type: 'lesson.completed'; lesson: Lesson },
  startedAt: number,
  stamp: Stamp,
): NewPracticeAction {
  const ref = event.type === 'lesson.step-completed' ? stepRef(event.lesson, event.step) : event.lesson.id;
  return sandboxAction({ type: event.type, skills: event.lesson.skills, metrics: {}, key: `${event.type}:${ref}:${startedAt}`, ref }, stamp);
}
