/**
 * The lesson side panel: pick a lesson, follow its checklist (steps tick themselves as the sandbox detects the
 * actions), read the hint after a near miss, and the summary once every step is done. Text from lesson files is
 * rendered as text only.
 */
import { completedCount, currentStepIndex, isComplete, type Lesson } from '../../lib/lessons';
import type { RunnerState } from './useLessonRunner';
import { useI18n } from '../../lib/i18n/preact';

export interface LessonPanelProps {
  lessons: readonly Lesson[];
  lesson: Lesson | null;
  state: RunnerState | null;
  /** Ids of lessons loaded from a trainer's file this session (marked as such). */
  customIds?: ReadonlySet<string>;
  onStart: (lesson: Lesson) => void;
  onStop: () => void;
}

export function LessonPanel({ lessons, lesson, state, customIds, onStart, onStop }: LessonPanelProps) {
  const { t } = useI18n();
  if (!lesson || !state) {
    return (
      <section class="sb-lessons" aria-labelledby="sb-lessons-heading">
        <h2 id="sb-lessons-heading">{t('workshop.lessons')}</h2>
        <p class="sb-muted">{t('workshop.lessons.help')}</p>
        <ul class="sb-lesson-list">
          {lessons.map((l) => (
            <li key={l.id}>
              <button type="button" class="sb-lesson-choice" data-lesson={l.id} onClick={() => onStart(l)}>
                <strong>{l.title}</strong>
                {customIds?.has(l.id) && <span class="sb-badge">{t('workshop.lessons.fromFile')}</span>}
                <span class="sb-muted">{t('workshop.lessons.steps', { count: l.steps.length })}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  const done = completedCount(lesson, state.progress);
  const current = currentStepIndex(lesson, state.progress);
  const complete = isComplete(lesson, state.progress);
  const hintStep = state.nearMiss ? lesson.steps.find((s) => s.id === state.nearMiss!.stepId) : undefined;

  return (
    <section class="sb-lessons" aria-labelledby="sb-lesson-title" data-lesson={lesson.id} data-complete={complete}>
      <p class="sb-eyebrow">{t('workshop.lesson')}</p>
      <h2 id="sb-lesson-title">{lesson.title}</h2>
      <p>{lesson.intro}</p>
      <p class="sb-progress-text" id="sb-progress-text">
        {t('workshop.lesson.progress', { done, total: lesson.steps.length })}
      </p>
      <progress max={lesson.steps.length} value={done} aria-labelledby="sb-progress-text" />
      <ol class="sb-checklist" aria-label={t('workshop.lesson.checklist')}>
        {lesson.steps.map((step, i) => {
          const isDone = state.progress.completed[step.id] !== undefined;
          return (
            <li
              key={step.id}
              class={`sb-step${isDone ? ' is-done' : ''}${i === current ? ' is-current' : ''}`}
              data-step={step.id}
              data-done={isDone}
              aria-current={i === current ? 'step' : undefined}
            >
              <span class="sb-step__mark" aria-hidden="true">
                {isDone ? '✓' : i + 1}
              </span>
              <span class="sb-step__body">
                <strong>{step.title}</strong>
                <span class="sw-visually-hidden">{` ${t(isDone ? 'workshop.lesson.stepDone' : 'workshop.lesson.stepToDo')}`}</span>
                {i === current && <span class="sb-step__instruction">{step.instruction}</span>}
              </span>
            </li>
          );
        })}
      </ol>
      {hintStep && !complete && state.progress.completed[hintStep.id] === undefined && hintStep.hint && (
        <p class="sb-hint" role="status" data-near-miss={hintStep.id}>
          <strong>{t('workshop.lesson.notYet')} </strong>
          {hintStep.hint}
        </p>
      )}
      {complete && (
        <div class="sb-summary" role="status" data-summary={lesson.id}>
          <h3>{lesson.summary.title}</h3>
          <ul>
            {lesson.summary.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <button type="button" class="sw-button" onClick={onStop}>
          {t(complete ? 'workshop.lesson.chooseAnother' : 'workshop.lesson.leave')}
        </button>
      </p>
    </section>
  );
}
