// @vitest-environment happy-dom
/**
 * The workshop page as a whole, with fakes for what the entrypoint wires: detected actions tick the checklist,
 * lesson events come out for the workshop log, a lesson opens its screen, reset starts everything afresh.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkshopApp, type Screen } from '../../../components/workshop/WorkshopApp';
import type { LessonEvent } from '../../../components/workshop/useLessonRunner';
import { builtinLessons, type ObservedAction } from '../../../lib/lessons';

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('data-presenter');
});

const IMAGES = { editor: [{ id: 'park', name: 'park.svg', src: '/park.svg', width: 8, height: 5 }], social: [] };

function setup(initialScreen: Screen = 'editor') {
  const listeners = new Set<(a: ObservedAction) => void>();
  const emit = (a: Omit<ObservedAction, 'time'>) => listeners.forEach((l) => l({ time: Date.now() + 1, ...a }));
  const events: string[] = [];
  const onReset = vi.fn(async () => undefined);
  const onFreshStart = vi.fn();
  function Page() {
    const [screenId, setScreen] = useState<Screen>(initialScreen);
    const [presenter, setPresenter] = useState(false);
    return (
      <WorkshopApp
        images={IMAGES}
        lessons={builtinLessons()}
        screen={screenId}
        onScreen={setScreen}
        presenter={presenter}
        onPresenter={setPresenter}
        subscribe={(fn) => {
          listeners.add(fn);
          return () => listeners.delete(fn);
        }}
        onLessonEvent={(e: LessonEvent) => events.push(e.type === 'lesson.step-completed' ? `${e.type} ${e.step.id}` : e.type)}
        workshopCount={3}
        onReset={onReset}
        files={[]}
        onLoadFile={() => ({ ok: false, errors: [] })}
        onRemoveFile={() => undefined}
        onFreshStart={onFreshStart}
      />
    );
  }
  render(<Page />);
  return { emit, events, onReset, onFreshStart };
}

describe('WorkshopApp', () => {
  it('starting a lesson opens its screen and starts the screens afresh', () => {
    const { onFreshStart } = setup('editor');
    fireEvent.click(document.querySelector('[data-lesson="reply-to-a-comment"]')!);
    expect(document.querySelector('[data-sandbox-screen="comments"]')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Comments' }).getAttribute('aria-current')).toBe('page');
    expect(onFreshStart).toHaveBeenCalledOnce();
  });

  it('ticks steps from detected actions and reports lesson events, the lesson last', async () => {
    const { emit, events } = setup();
    fireEvent.click(document.querySelector('[data-lesson="reply-to-a-comment"]')!);
    emit({ type: 'comment.approved', skills: ['comments'] });
    emit({ type: 'comment.replied', skills: ['comments'], metrics: { wordCount: 3 } });
    await waitFor(() => expect(document.querySelector('[data-near-miss="reply"]')).not.toBeNull());
    emit({ type: 'comment.replied', skills: ['comments'], metrics: { wordCount: 14 } });
    emit({ type: 'comment.spammed', skills: ['comments'] });
    await waitFor(() => expect(document.querySelector('[data-summary="reply-to-a-comment"]')).not.toBeNull());
    expect(events).toEqual(['lesson.step-completed approve', 'lesson.step-completed reply', 'lesson.step-completed spam', 'lesson.completed']);
    expect(document.querySelector('[data-near-miss]')).toBeNull();
  });

  it('ignores actions when no lesson runs', () => {
    const { emit, events } = setup();
    emit({ type: 'comment.approved', skills: ['comments'] });
    expect(events).toEqual([]);
  });

  it('says when the next step happens on another screen, and goes there', () => {
    setup('editor');
    fireEvent.click(document.querySelector('[data-lesson="reply-to-a-comment"]')!);
    fireEvent.click(screen.getByRole('link', { name: 'Post editor' }));
    fireEvent.click(screen.getByRole('button', { name: 'Go to the comments' }));
    expect(document.querySelector('[data-sandbox-screen="comments"]')).not.toBeNull();
  });

  it('presenter mode marks the page, shows one step and hides the checklist', () => {
    setup();
    fireEvent.click(document.querySelector('[data-lesson="describe-an-image"]')!);
    fireEvent.click(screen.getByRole('button', { name: 'Presenter mode' }));
    expect(document.documentElement.hasAttribute('data-presenter')).toBe(true);
    expect(document.querySelector('.sb-checklist')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Workshop practice sandbox, presenter mode');
    expect(document.querySelector('.sb-presenter')!.getAttribute('data-slide')).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: 'Exit presenter mode' }));
    expect(document.documentElement.hasAttribute('data-presenter')).toBe(false);
  });

  it('reset clears lesson progress and gives the screens a fresh start', async () => {
    const { emit, onReset, onFreshStart } = setup('comments');
    fireEvent.click(document.querySelector('[data-lesson="reply-to-a-comment"]')!);
    emit({ type: 'comment.approved', skills: ['comments'] });
    fireEvent.click(screen.getByRole('button', { name: 'Reset workshop' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() => expect(onReset).toHaveBeenCalledOnce());
    await waitFor(() => expect(document.querySelectorAll('.sb-lesson-choice')).toHaveLength(4));
    expect(onFreshStart).toHaveBeenCalledTimes(2);
  });
});
