// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PresenterCard, isTypingTarget, slideCount } from '../../../components/workshop/PresenterCard';
import type { RunnerState } from '../../../components/workshop/useLessonRunner';
import { builtinLessons, startLesson } from '../../../lib/lessons';

afterEach(() => cleanup());
const lesson = builtinLessons().find((l) => l.id === 'describe-an-image')!;

function Harness({ state, onExit = () => undefined, onChooseAnother = () => undefined }: { state: RunnerState; onExit?: () => void; onChooseAnother?: () => void }) {
  const [slide, setSlide] = useState(0);
  return <PresenterCard lesson={lesson} state={state} slide={slide} onSlide={setSlide} onExit={onExit} onChooseAnother={onChooseAnother} />;
}

const current = () => document.querySelector('.sb-presenter')!.getAttribute('data-slide');
const key = (k: string, target: Element | Document = document.body, init: KeyboardEventInit = {}) => fireEvent.keyDown(target, { key: k, ...init });

describe('PresenterCard', () => {
  const state: RunnerState = { progress: startLesson(lesson, 0) };

  it('has an introduction, one slide per step and a summary', () => {
    expect(slideCount(lesson)).toBe(lesson.steps.length + 2);
    render(<Harness state={state} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(lesson.title);
    key('ArrowRight');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(lesson.steps[0]!.title);
    expect(document.querySelector('.sb-presenter__eyebrow')!.textContent).toContain(`Step 1 of ${lesson.steps.length}`);
  });

  it('moves with arrows and page keys, and stops at both ends', () => {
    render(<Harness state={state} />);
    key('ArrowLeft');
    expect(current()).toBe('0');
    key('ArrowRight');
    key('PageDown');
    expect(current()).toBe('2');
    key('PageUp');
    expect(current()).toBe('1');
    for (let i = 0; i < 10; i++) key('ArrowRight');
    expect(current()).toBe(String(slideCount(lesson) - 1));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(lesson.summary.title);
  });

  it('ignores the keys while typing, with modifiers, or when a dialog owns the keyboard', () => {
    render(
      <>
        <textarea aria-label="field" />
        <Harness state={state} />
      </>,
    );
    key('ArrowRight', screen.getByLabelText('field'));
    key('ArrowRight', document.body, { altKey: true });
    key('ArrowRight', document.body, { ctrlKey: true });
    expect(current()).toBe('0');
    const dialog = document.createElement('div');
    dialog.setAttribute('aria-modal', 'true');
    document.body.append(dialog);
    key('ArrowRight');
    expect(current()).toBe('0');
    dialog.remove();
    key('ArrowRight');
    expect(current()).toBe('1');
  });

  it('says which steps are done, shows the hint after a near miss, and offers another lesson at the end', () => {
    const onChooseAnother = vi.fn();
    const done: RunnerState = {
      progress: { ...startLesson(lesson, 0), completed: { 'insert-image': 1 } },
      nearMiss: { stepId: 'write-alt', metrics: ['altStartsImageOf'] },
    };
    render(<Harness state={done} onChooseAnother={onChooseAnother} />);
    key('ArrowRight');
    expect(document.querySelector('.sb-presenter__status')!.textContent).toBe('✓ Done');
    key('ArrowRight');
    expect(document.querySelector('.sb-presenter__status')!.textContent).toBe('Your turn');
    expect(document.querySelector('.sb-presenter__hint')!.textContent).toContain(lesson.steps[1]!.hint!);
    key('ArrowRight');
    key('ArrowRight');
    expect(document.querySelector('.sb-presenter__status')!.textContent).toBe(`1 of ${lesson.steps.length} steps done`);
    expect(screen.queryByRole('button', { name: /Next/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Choose another lesson' }));
    expect(onChooseAnother).toHaveBeenCalledOnce();
  });

  it('buttons do what the keys do, and Exit leaves presenter mode', () => {
    const onExit = vi.fn();
    render(<Harness state={state} onExit={onExit} />);
    expect(screen.getByRole('button', { name: /Previous/ }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(current()).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: /Previous/ }));
    expect(current()).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: 'Exit presenter mode' }));
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('knows what a typing target is', () => {
    const make = (tag: string) => document.body.appendChild(document.createElement(tag));
    expect(isTypingTarget(make('input'))).toBe(true);
    expect(isTypingTarget(make('textarea'))).toBe(true);
    expect(isTypingTarget(make('select'))).toBe(true);
    expect(isTypingTarget(make('button'))).toBe(false);
    const editable = make('div');
    editable.setAttribute('contenteditable', 'true');
    expect(isTypingTarget(editable)).toBe(true);
    expect(isTypingTarget(null)).toBe(false);
  });
});
