import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/feedback/canonical';
import { buildFeedbackFile, feedbackFilename, parseFeedbackFile, serializeFeedback, type FeedbackBody } from '../../../lib/feedback/format';

const E1 = '7d444840-9dc0-11d1-b245-5ffdce74fad2';
const E2 = '0b0e7f8e-3c7a-4d6b-9a56-2f0c1b7e9d11';

const body = (): FeedbackBody => ({
  mentor: { name: 'Sam Mentor' },
  learner: { id: 'learner-1', name: 'Alex Learner' },
  note: 'Great month: your alt text got much better.',
  comments: [
    { entryId: E2, text: 'Try a shorter title.', at: 2 },
    { entryId: E1, text: 'Good alt text!', at: 1 },
  ],
});

describe('canonicalJson', () => {
  it('does not depend on key order or spacing', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe(canonicalJson(JSON.parse('{ "a": [ {"c": null, "d": 2} ], "b": 1 }')));
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });
});

describe('feedback file', () => {
  it('round-trips: build → serialise → parse', async () => {
    const file = await buildFeedbackFile(body(), new Date('2026-11-30T10:00:00Z'));
    expect(file.comments.map((c) => c.entryId)).toEqual([E2, E1].sort());
    expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    const parsed = await parseFeedbackFile(serializeFeedback(file));
    expect(parsed).toEqual({ ok: true, file });
    expect(feedbackFilename(file)).toBe('feedback-for-alex-learner-2026-11-30.feedback.json');
  });

  it('gives the same checksum for the same feedback', async () => {
    const a = await buildFeedbackFile(body(), new Date('2026-11-30T10:00:00Z'));
    const b = await buildFeedbackFile({ ...body(), comments: [...body().comments].reverse() }, new Date('2026-12-01T10:00:00Z'));
    expect(a.checksum).toBe(b.checksum);
  });

  it('drops blank comments when building and refuses over-long ones', async () => {
    const file = await buildFeedbackFile({ ...body(), comments: [{ entryId: E1, text: '   ', at: 1 }] });
    expect(file.comments).toEqual([]);
    await expect(buildFeedbackFile({ ...body(), comments: [{ entryId: E1, text: 'x'.repeat(2001), at: 1 }] })).rejects.toThrow(/comments\[0\]\.text: a comment is at most 2000/);
  });

  const bad: [string, (f: Record<string, unknown>) => unknown, RegExp][] = [
    ['truncated', () => '{"format": "social-web-tutor.feedback", "vers', /not readable JSON/],
    ['an array', () => [], /does not hold a JSON object/],
    ['a practice log', (f) => ({ ...f, format: 'social-web-tutor.practice' }), /practice log, not a feedback file/],
    ['another format', (f) => ({ ...f, format: 'something-else' }), /not a Social Web Tutor feedback file/],
    ['a newer version', (f) => ({ ...f, version: 7 }), /newer version .*version 7/],
    ['a bad entry id', (f) => ({ ...f, comments: [{ entryId: 'nope', text: 'x', at: 1 }] }), /comments\[0\]\.entryId: an entry id must be a UUID/],
    ['an unknown field', (f) => ({ ...f, extra: 1 }), /not valid/],
    ['a script in a name (still only text, but too long)', (f) => ({ ...f, mentor: { name: '<img onerror=alert(1)>'.repeat(10) } }), /mentor\.name: a name is at most 100/],
    ['a tampered note', (f) => ({ ...f, note: 'You are fired.' }), /changed after the mentor exported it/],
    ['a tampered comment', (f) => ({ ...f, comments: [{ ...(f.comments as object[])[0], text: 'edited' }, (f.comments as object[])[1]] }), /checksum does not match/],
  ];

  it.each(bad)('refuses %s with a message saying what is wrong', async (_, mutate, message) => {
    const file = JSON.parse(JSON.stringify(await buildFeedbackFile(body())));
    const mutated = mutate(file);
    const text = typeof mutated === 'string' ? mutated : JSON.stringify(mutated);
    const r = await parseFeedbackFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses a huge file before parsing it', async () => {
    const r = await parseFeedbackFile('{}', 6 * 1024 * 1024);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });
});
