/**
 * Presenter mode's card: one slide at a time in large, high-contrast type — the lesson's introduction, each step,
 * then the summary. → (or Page Down, what presentation clickers send) moves on, ← (Page Up) goes back. The keys
 * are ignored while the trainer types in a field, so demonstrating never jumps a slide by accident.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Lesson } from '../../lib/lessons';
import type { RunnerState } from './useLessonRunner';
import { useI18n } from '../../lib/i18n/preact';

export interface PresenterCardProps {
  lesson: Lesson;
  state: RunnerState;
  /** 0 = introduction, 1…n = steps, n + 1 = summary. */
  slide: number;
  onSlide: (slide: number) => void;
  onExit: () => void;
  /** Leave this lesson for the lesson list (offered on the summary). */
  onChooseAnother: () => void;
}

/** Is the key event aimed at something the user types into (or a control that uses arrow keys itself)? */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  if (el.isContentEditable) return true;
  return el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="tablist"], [role="slider"]') !== null;
}

export function slideCount(lesson: Lesson): number {
  return lesson.steps.length + 2;
}

export function PresenterCard({ lesson, state, slide, onSlide, onExit, onChooseAnother }: PresenterCardProps) {
  const { t } = useI18n();
  const last = slideCount(lesson) - 1;
  // The slide asked for last, ahead of the re-render: two quick presses move two slides, not one.
  const asked = useRef(slide);
  asked.current = slide;
  const go = (to: number) => {
    asked.current = Math.max(0, Math.min(last, to));
    onSlide(asked.current);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      // A modal dialog in the sandbox (the alt-text editor) owns the keyboard while it is open.
      if (document.querySelector('[aria-modal="true"]')) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') {
        e.preventDefault();
        go(asked.current + 1);
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        go(asked.current - 1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [slide, last]);

  const step = slide >= 1 && slide <= lesson.steps.length ? lesson.steps[slide - 1]! : null;
  const done = step ? state.progress.completed[step.id] !== undefined : false;
  const missed = step && state.nearMiss?.stepId === step.id && !done ? step.hint : undefined;
  const allDone = lesson.steps.every((s) => state.progress.completed[s.id] !== undefined);

  return (
    <section class="sb-presenter" aria-label={t('workshop.presenter')} data-slide={slide}>
      <div class="sb-presenter__slide" aria-live="polite" aria-atomic="true">
        {slide === 0 && (
          <>
            <p class="sb-presenter__eyebrow">{t('workshop.lesson')}</p>
            <h2 class="sb-presenter__title">{lesson.title}</h2>
            <p class="sb-presenter__text">{lesson.intro}</p>
          </>
        )}
        {step && (
          <>
            <p class="sb-presenter__eyebrow">
              {t('workshop.presenter.step', { index: slide, total: lesson.steps.length })}
              <span class={`sb-presenter__status${done ? ' is-done' : ''}`} data-done={done}>
                {t(done ? 'workshop.presenter.done' : 'workshop.presenter.yourTurn')}
              </span>
            </p>
            <h2 class="sb-presenter__title">{step.title}</h2>
            <p class="sb-presenter__text">{step.instruction}</p>
            {missed && (
              <p class="sb-presenter__hint">
                <strong>{t('workshop.lesson.notYet')} </strong>
                {missed}
              </p>
            )}
          </>
        )}
        {slide === last && (
          <>
            <p class="sb-presenter__eyebrow">
              {t('workshop.presenter.summary')}
              <span class={`sb-presenter__status${allDone ? ' is-done' : ''}`} data-done={allDone}>
                {allDone
                  ? t('workshop.presenter.allDone', { total: lesson.steps.length })
                  : t('workshop.lesson.progress', { done: lesson.steps.filter((s) => state.progress.completed[s.id] !== undefined).length, total: lesson.steps.length })}
              </span>
            </p>
            <h2 class="sb-presenter__title">{lesson.summary.title}</h2>
            <ul class="sb-presenter__points">
              {lesson.summary.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div class="sb-presenter__nav">
        <span class="sb-presenter__dots" aria-hidden="true">
          {Array.from({ length: last + 1 }, (_, i) => (
            <span key={i} class={`sb-dot${i === slide ? ' is-current' : ''}${i >= 1 && i <= lesson.steps.length && state.progress.completed[lesson.steps[i - 1]!.id] !== undefined ? ' is-done' : ''}`} />
          ))}
        </span>
        <button type="button" class="sw-button" disabled={slide === 0} onClick={() => go(slide - 1)}>
          <span aria-hidden="true">←</span> {t('workshop.presenter.previous')}
        </button>
        {slide < last ? (
          <button type="button" class="sw-button" data-variant="primary" onClick={() => go(slide + 1)}>
            {t('workshop.presenter.next')} <span aria-hidden="true">→</span>
          </button>
        ) : (
          <button type="button" class="sw-button" data-variant="primary" onClick={onChooseAnother}>
            {t('workshop.lesson.chooseAnother')}
          </button>
        )}
        <span class="sb-presenter__keys">{t('workshop.presenter.keys')}</span>
        <button type="button" class="sb-link-button sb-presenter__exit" onClick={onExit}>
          {t('workshop.exitPresenter')}
        </button>
      </div>
    </section>
  );
}
