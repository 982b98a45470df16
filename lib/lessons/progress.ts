/**
 * A lesson's progress, as a pure function of the actions the sandbox detected. Steps form a checklist: an action
 * completes every open step it matches, in any order, because a learner in a room rarely follows the script to the
 * letter and should not have to redo what they already did. The "current" step is the first open one.
 */
import type { ActionType } from '../practice/schema';
import type { Completion, Lesson, LessonStep, MetricPredicate } from './schema';

/** What a lesson sees of a detected action: no text, only what the practice log would hold. */
export interface ObservedAction {
  type: ActionType;
  skills?: readonly string[];
  metrics?: Readonly<Record<string, number | boolean>>;
  ref?: string;
  time: number;
}

export interface LessonProgress {
  lessonId: string;
  startedAt: number;
  /** Step id → when it completed (epoch ms). */
  completed: Record<string, number>;
}

export function startLesson(lesson: Lesson, now: number): LessonProgress {
  return { lessonId: lesson.id, startedAt: now, completed: {} };
}

function metricHolds(value: number | boolean | undefined, p: MetricPredicate): boolean {
  if (value === undefined) return false;
  if (p.eq !== undefined && value !== p.eq) return false;
  if (p.gte !== undefined && !(typeof value === 'number' && value >= p.gte)) return false;
  if (p.lte !== undefined && !(typeof value === 'number' && value <= p.lte)) return false;
  return true;
}

/**
 * Names of the metric tests the action fails, or null when the action is not even of the right kind
 * (type, skill, ref). An empty list means the action completes the step.
 */
export function failedMetrics(done: Completion, action: ObservedAction): string[] | null {
  if (action.type !== done.type) return null;
  if (done.skill && !(action.skills ?? []).includes(done.skill)) return null;
  if (done.ref && action.ref !== done.ref) return null;
  return Object.entries(done.metrics ?? {})
    .filter(([name, p]) => !metricHolds(action.metrics?.[name], p))
    .map(([name]) => name);
}

export function stepMatches(step: LessonStep, action: ObservedAction): boolean {
  return failedMetrics(step.done, action)?.length === 0;
}

export interface ApplyResult {
  progress: LessonProgress;
  /** Steps this action completed, in lesson order. */
  completed: LessonStep[];
  /** Open steps whose kind of action happened but whose metric tests failed, with the failing metric names. */
  nearMisses: { step: LessonStep; metrics: string[] }[];
  /** True when this action completed the lesson's last open step. */
  lessonCompleted: boolean;
}

/** Apply one detected action. Actions from before the lesson started never count. Does not mutate its input. */
export function applyAction(lesson: Lesson, progress: LessonProgress, action: ObservedAction): ApplyResult {
  const completed: LessonStep[] = [];
  const nearMisses: ApplyResult['nearMisses'] = [];
  const wasComplete = isComplete(lesson, progress);
  const next: LessonProgress = { ...progress, completed: { ...progress.completed } };
  if (action.time >= progress.startedAt) {
    for (const step of lesson.steps) {
      if (next.completed[step.id] !== undefined) continue;
      const failed = failedMetrics(step.done, action);
      if (failed === null) continue;
      if (failed.length === 0) {
        next.completed[step.id] = action.time;
        completed.push(step);
      } else nearMisses.push({ step, metrics: failed });
    }
  }
  return { progress: next, completed, nearMisses, lessonCompleted: !wasComplete && isComplete(lesson, next) };
}

export function isComplete(lesson: Lesson, progress: LessonProgress): boolean {
  return lesson.steps.every((s) => progress.completed[s.id] !== undefined);
}

/** Index of the first open step, or steps.length when every step is done. */
export function currentStepIndex(lesson: Lesson, progress: LessonProgress): number {
  const i = lesson.steps.findIndex((s) => progress.completed[s.id] === undefined);
  return i === -1 ? lesson.steps.length : i;
}

export function completedCount(lesson: Lesson, progress: LessonProgress): number {
  return lesson.steps.filter((s) => progress.completed[s.id] !== undefined).length;
}

/** The ref a lesson event carries in the log: "<lesson id>/<step id>". */
export function stepRef(lesson: Lesson, step: LessonStep): string {
  return `${lesson.id}/${step.id}`;
}
