import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_LESSON_DATA, builtinLessons, lessonAction, parseSessionFile, sandboxAction, workshopLog, type Send } from '../../../lib/lessons';
import { PracticeActionSchema } from '../../../lib/practice/schema';
import { BUILTIN_PACKS } from '../../../lib/tips/packs/builtin';
import { packProblemText } from '../../../lib/tips/packs/messages';
import * as v from 'valibot';

describe('a session file', () => {
  it('is told apart by its format: tip pack, lesson, lesson set', () => {
    const pack = parseSessionFile(JSON.stringify(BUILTIN_PACKS[0]));
    expect(pack.ok && pack.kind).toBe('tip-pack');
    const lesson = parseSessionFile(JSON.stringify(BUILTIN_LESSON_DATA[1]));
    expect(lesson.ok && lesson.kind === 'lessons' && lesson.lessons.map((l) => l.id)).toEqual(['describe-an-image']);
    const set = parseSessionFile(JSON.stringify({ format: 'social-web-tutor.lesson-set', version: 1, lessons: BUILTIN_LESSON_DATA }));
    expect(set.ok && set.kind === 'lessons' && set.lessons).toHaveLength(4);
  });

  it('names the field path of a bad tip', () => {
    const pack = structuredClone(BUILTIN_PACKS[0]!) as unknown as { tips: Record<string, unknown>[] };
    pack.tips[2]!.level = 'expert';
    const r = parseSessionFile(JSON.stringify(pack));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.startsWith('tips[2].level:'))).toBe(true);
    // …and hands the problems over as message keys, so the workshop shows them in Welsh too.
    if (!r.ok) expect(r.problems?.map((p) => packProblemText('cy', p))).toContain('tips[2].level: rhaid iddo fod yn un o’r rhain: beginner, intermediate, advanced');
  });

  it('refuses what is not JSON, too big, or of no known format', () => {
    for (const [text, message] of [
      ['{', /is not valid JSON/],
      ['[1,2]', /^format: must be/],
      ['"text"', /^format: must be/],
      [`{"format":"x","pad":"${'a'.repeat(1_000_001)}"}`, /larger than 1 MB/],
    ] as const) {
      const r = parseSessionFile(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]).toMatch(message);
    }
  });
});

describe('the workshop log', () => {
  const stamp = { host: 'abcdefghijklmnopabcdefghijklmnop', context: 'sandbox.post-editor', now: 1_700_000_000_000, uuid: () => '3b241101-e2bb-4255-8caf-4136c566a962' };

  it('addresses the workshop database, never the learner’s log', async () => {
    const calls: [string, unknown][] = [];
    const send = vi.fn(async (type: string, payload: unknown) => {
      calls.push([type, payload]);
      return type === 'log.stats' ? { total: 7 } : { ok: true, stored: true, id: 'x' };
    }) as unknown as Send;
    const log = workshopLog(send);
    const action = sandboxAction({ type: 'post.published', skills: ['publishing'], metrics: { wordCount: 40 }, key: 'k1' }, stamp);
    await log.record(action);
    expect(await log.count()).toBe(7);
    await log.reset();
    expect(calls).toEqual([
      ['log.record', { action, db: 'workshop' }],
      ['log.stats', { db: 'workshop' }],
      ['log.deleteAll', { db: 'workshop' }],
    ]);
  });

  it('stamps sandbox actions and lesson events so the practice schema accepts them', () => {
    const lesson = builtinLessons()[1]!;
    const detected = sandboxAction({ type: 'tip.shown', skills: ['alt-text'], metrics: {}, key: 'tip.shown:p:alt-text.missing', ref: 'alt-text.missing' }, stamp);
    const step = lessonAction({ type: 'lesson.step-completed', lesson, step: lesson.steps[0]! }, 123, stamp);
    const done = lessonAction({ type: 'lesson.completed', lesson }, 123, stamp);
    for (const a of [detected, step, done]) {
      expect(a.site).toEqual({ kind: 'sandbox', host: stamp.host });
      expect(v.safeParse(PracticeActionSchema, { ...a, learner: 'l1' }).success).toBe(true);
    }
    expect(step.ref).toBe('describe-an-image/insert-image');
    expect(step.key).toBe('lesson.step-completed:describe-an-image/insert-image:123');
    expect(done.ref).toBe('describe-an-image');
  });
});
