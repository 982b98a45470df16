import { describe, expect, it } from 'vitest';
import {
  applyAction,
  builtinLessons,
  completedCount,
  currentStepIndex,
  failedMetrics,
  isComplete,
  startLesson,
  stepRef,
  type ObservedAction,
} from '../../../lib/lessons';

const byId = (id: string) => builtinLessons().find((l) => l.id === id)!;
const at = (time: number, a: Omit<ObservedAction, 'time'>): ObservedAction => ({ time, ...a });

describe('lesson progress', () => {
  const lesson = byId('describe-an-image');

  it('starts with nothing done and the first step current', () => {
    const p = startLesson(lesson, 1000);
    expect(currentStepIndex(lesson, p)).toBe(0);
    expect(completedCount(lesson, p)).toBe(0);
    expect(isComplete(lesson, p)).toBe(false);
  });

  it('completes each step from its action, and the lesson with the last one', () => {
    let p = startLesson(lesson, 1000);
    let r = applyAction(lesson, p, at(1001, { type: 'tip.shown', skills: ['alt-text'], ref: 'any-tip' }));
    expect(r.completed.map((s) => s.id)).toEqual(['insert-image']);
    p = r.progress;
    r = applyAction(lesson, p, at(1002, { type: 'image.alt-added', skills: ['alt-text'], metrics: { altStartsImageOf: false, altIsFileName: false } }));
    expect(r.completed.map((s) => s.id)).toEqual(['write-alt']);
    expect(r.lessonCompleted).toBe(false);
    p = r.progress;
    expect(currentStepIndex(lesson, p)).toBe(2);
    r = applyAction(lesson, p, at(1003, { type: 'post.published', metrics: { imageCount: 1, imagesMissingAlt: 0 } }));
    expect(r.lessonCompleted).toBe(true);
    expect(currentStepIndex(lesson, r.progress)).toBe(3);
    expect(r.progress.completed).toEqual({ 'insert-image': 1001, 'write-alt': 1002, publish: 1003 });
  });

  it('does not count a tip about another skill', () => {
    const r = applyAction(lesson, startLesson(lesson, 0), at(5, { type: 'tip.shown', skills: ['plain-english'] }));
    expect(r.completed).toEqual([]);
    expect(r.nearMisses).toEqual([]);
  });

  it('reports a near miss with the failing metrics, and completes nothing', () => {
    const p = startLesson(lesson, 0);
    const r = applyAction(lesson, p, at(5, { type: 'post.published', metrics: { imageCount: 1, imagesMissingAlt: 1 } }));
    expect(r.completed).toEqual([]);
    expect(r.nearMisses.map((m) => [m.step.id, m.metrics])).toEqual([['publish', ['imagesMissingAlt']]]);
    expect(r.progress).toEqual(p);
  });

  it('treats a missing metric as failing, and checks gte/lte/eq', () => {
    const social = byId('consultation-post');
    const post = social.steps[1]!;
    expect(failedMetrics(post.done, at(0, { type: 'social.posted', metrics: {} }))).toEqual([
      'hadAltText',
      'linkCount',
      'hashtagCount',
      'hashtagsCamelCase',
    ]);
    const good = { hadAltText: true, linkCount: 1, hashtagCount: 2, hashtagsCamelCase: true };
    expect(failedMetrics(post.done, at(0, { type: 'social.posted', metrics: good }))).toEqual([]);
    expect(failedMetrics(post.done, at(0, { type: 'social.posted', metrics: { ...good, hashtagCount: 3 } }))).toEqual(['hashtagCount']);
    expect(failedMetrics(post.done, at(0, { type: 'social.posted', metrics: { ...good, hashtagCount: 0 } }))).toEqual(['hashtagCount']);
    // A boolean never satisfies a numeric bound, a number never equals true.
    expect(failedMetrics(post.done, at(0, { type: 'social.posted', metrics: { ...good, hashtagCount: true } }))).toEqual(['hashtagCount']);
    expect(failedMetrics(post.done, at(0, { type: 'social.posted', metrics: { ...good, hadAltText: 1 } }))).toEqual(['hadAltText']);
    expect(failedMetrics(post.done, at(0, { type: 'social.replied', metrics: good }))).toBeNull();
  });

  it('accepts steps in any order, and never completes a step twice', () => {
    const first = byId('your-first-post');
    let p = startLesson(first, 0);
    p = applyAction(first, p, at(1, { type: 'category.set' })).progress;
    expect(currentStepIndex(first, p)).toBe(0);
    const again = applyAction(first, p, at(2, { type: 'category.set' }));
    expect(again.completed).toEqual([]);
    expect(again.progress.completed).toEqual({ category: 1 });
  });

  it('ignores actions from before the lesson started (a reset workshop starts clean)', () => {
    const r = applyAction(lesson, startLesson(lesson, 100), at(99, { type: 'tip.shown', skills: ['alt-text'] }));
    expect(r.completed).toEqual([]);
  });

  it('matches a ref when the step names one', () => {
    const l = structuredClone(lesson);
    l.steps[0]!.done = { type: 'tip.shown', ref: 'wp-image-alt-missing' };
    expect(applyAction(l, startLesson(l, 0), at(1, { type: 'tip.shown', ref: 'other' })).completed).toEqual([]);
    expect(applyAction(l, startLesson(l, 0), at(1, { type: 'tip.shown', ref: 'wp-image-alt-missing' })).completed).toHaveLength(1);
  });

  it('names a step in the log as lesson/step', () => {
    expect(stepRef(lesson, lesson.steps[1]!)).toBe('describe-an-image/write-alt');
  });
});
