/**
 * Runs one lesson at a time against the stream of actions the sandbox detects: completes steps, remembers the
 * last near miss (so the learner sees why an action did not count), and reports lesson events for the workshop
 * log. The progress itself is pure (lib/lessons/progress); this hook only holds it and persists it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { applyAction, startLesson, type Lesson, type LessonProgress, type LessonStep, type ObservedAction } from '../../lib/lessons';

export interface RunnerState {
  progress: LessonProgress;
  /** The last action of the right kind that failed a metric test, for the step's hint. */
  nearMiss?: { stepId: string; metrics: string[] };
}

export type LessonEvent =
  | { type: 'lesson.step-completed'; lesson: Lesson; step: LessonStep }
  | { type: 'lesson.completed'; lesson: Lesson };

export interface RunnerOptions {
  lessons: readonly Lesson[];
  /** Subscribe to detected actions; returns the unsubscribe function. */
  subscribe: (listener: (action: ObservedAction) => void) => () => void;
  /** Progress saved earlier in this session (e.g. before a reload), or null. */
  initial?: RunnerState | null;
  onChange?: (state: RunnerState | null) => void;
  onEvent?: (event: LessonEvent) => void;
  now?: () => number;
}

export function useLessonRunner({ lessons, subscribe, initial = null, onChange, onEvent, now = Date.now }: RunnerOptions) {
  const [state, setState] = useState<RunnerState | null>(() =>
    initial && lessons.some((l) => l.id === initial.progress.lessonId) ? initial : null,
  );
  const current = useRef(state);
  const callbacks = useRef({ onChange, onEvent, lessons });
  callbacks.current = { onChange, onEvent, lessons };

  const commit = (next: RunnerState | null) => {
    current.current = next;
    setState(next);
    callbacks.current.onChange?.(next);
  };

  useEffect(
    () =>
      subscribe((action) => {
        const s = current.current;
        if (!s) return;
        const lesson = callbacks.current.lessons.find((l) => l.id === s.progress.lessonId);
        if (!lesson) return;
        const r = applyAction(lesson, s.progress, action);
        if (r.completed.length === 0 && r.nearMisses.length === 0) return;
        const miss = r.nearMisses[0];
        commit({
          progress: r.progress,
          nearMiss: r.completed.length ? undefined : miss ? { stepId: miss.step.id, metrics: miss.metrics } : s.nearMiss,
        });
        for (const step of r.completed) callbacks.current.onEvent?.({ type: 'lesson.step-completed', lesson, step });
        if (r.lessonCompleted) callbacks.current.onEvent?.({ type: 'lesson.completed', lesson });
      }),
    [subscribe],
  );

  const lesson = state ? (lessons.find((l) => l.id === state.progress.lessonId) ?? null) : null;
  return {
    lesson,
    state,
    start(l: Lesson) {
      commit({ progress: startLesson(l, now()) });
    },
    stop() {
      commit(null);
    },
  };
}
