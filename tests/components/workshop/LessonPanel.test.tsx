// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LessonPanel } from '../../../components/workshop/LessonPanel';
import { builtinLessons, startLesson } from '../../../lib/lessons';

afterEach(() => cleanup());
const lessons = builtinLessons();
const lesson = lessons.find((l) => l.id === 'your-first-post')!;

describe('LessonPanel', () => {
  it('lists the lessons to choose from, marking the ones from a file', () => {
    const onStart = vi.fn();
    render(<LessonPanel lessons={lessons} lesson={null} state={null} customIds={new Set(['consultation-post'])} onStart={onStart} onStop={() => undefined} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.querySelector('strong')!.textContent)).toEqual(lessons.map((l) => l.title));
    expect(buttons[3]!.textContent).toContain('from file');
    expect(buttons[0]!.textContent).not.toContain('from file');
    fireEvent.click(buttons[1]!);
    expect(onStart).toHaveBeenCalledWith(lessons[1]);
  });

  it('shows the checklist with the current step’s instruction, done steps ticked for screen readers too', () => {
    const state = { progress: { ...startLesson(lesson, 0), completed: { category: 5 } } };
    render(<LessonPanel lessons={lessons} lesson={lesson} state={state} onStart={() => undefined} onStop={() => undefined} />);
    expect(screen.getByText('1 of 3 steps done')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Checklist' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('data-done'))).toEqual(['false', 'true', 'false']);
    expect(items[0]!.getAttribute('aria-current')).toBe('step');
    expect(items[0]!.textContent).toContain(lesson.steps[0]!.instruction);
    expect(items[1]!.textContent).toContain('(done)');
    expect(items[2]!.textContent).not.toContain(lesson.steps[2]!.instruction);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('explains a near miss with the step’s hint', () => {
    const state = { progress: startLesson(lesson, 0), nearMiss: { stepId: 'publish', metrics: ['wordCount'] } };
    render(<LessonPanel lessons={lessons} lesson={lesson} state={state} onStart={() => undefined} onStop={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe(`Not yet: ${lesson.steps[2]!.hint}`);
  });

  it('closes with the summary once every step is done', () => {
    const onStop = vi.fn();
    const completed = Object.fromEntries(lesson.steps.map((s, i) => [s.id, i + 1]));
    render(<LessonPanel lessons={lessons} lesson={lesson} state={{ progress: { ...startLesson(lesson, 0), completed } }} onStart={() => undefined} onStop={onStop} />);
    const summary = screen.getByRole('status');
    expect(summary.querySelector('h3')!.textContent).toBe(lesson.summary.title);
    expect(Array.from(summary.querySelectorAll('li'), (li) => li.textContent)).toEqual(lesson.summary.points);
    fireEvent.click(screen.getByRole('button', { name: 'Choose another lesson' }));
    expect(onStop).toHaveBeenCalledOnce();
  });

  it('renders lesson text as text, never as markup', () => {
    const hostile = structuredClone(lesson);
    hostile.title = '<b>bold</b>';
    hostile.steps[0]!.instruction = '<img src=x onerror=alert(1)>';
    render(<LessonPanel lessons={[hostile]} lesson={hostile} state={{ progress: startLesson(hostile, 0) }} onStart={() => undefined} onStop={() => undefined} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<b>bold</b>');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });
});
