import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from '../../../lib/practice/schema';
import { ELEMENT_NAMES } from '../../../lib/sites/types';
import {
  BUILTIN_LESSON_DATA,
  LESSON_FORMAT,
  LESSON_SET_FORMAT,
  MAX_INSTRUCTION_WORDS,
  anchorsOfStep,
  builtinLessons,
  parseLesson,
  parseLessonFile,
  type Lesson,
} from '../../../lib/lessons';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const sample = () => clone(BUILTIN_LESSON_DATA[0]) as Record<string, any>;

describe('built-in lessons', () => {
  const lessons = builtinLessons();

  it('include the four the workshop promises', () => {
    expect(lessons.map((l) => l.title)).toEqual([
      'Your first post',
      'Describe an image',
      'Reply to a comment',
      'A consultation post on social media',
    ]);
  });

  it('have unique ids and unique step ids', () => {
    const ids = lessons.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of lessons) expect(new Set(l.steps.map((s) => s.id)).size).toBe(l.steps.length);
  });

  it('complete every step from a real action type, and anchor to named elements only', () => {
    for (const l of lessons)
      for (const s of l.steps) {
        expect(ACTION_TYPES).toContain(s.done.type);
        for (const a of anchorsOfStep(s)) expect(ELEMENT_NAMES).toContain(a);
      }
  });

  it('give a hint to every step whose completion tests metrics (a near miss must say why)', () => {
    const missing = lessons.flatMap((l) => l.steps.filter((s) => s.done.metrics && !s.hint).map((s) => `${l.id}/${s.id}`));
    expect(missing).toEqual([]);
  });

  it('keep instructions short enough for a projector', () => {
    for (const l of lessons)
      for (const s of l.steps) expect(s.instruction.split(/\s+/).length).toBeLessThanOrEqual(MAX_INSTRUCTION_WORDS);
  });

  it('round-trip through JSON as a lesson set file', () => {
    const text = JSON.stringify({ format: LESSON_SET_FORMAT, version: 1, lessons: BUILTIN_LESSON_DATA });
    const r = parseLessonFile(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.lessons).toEqual(lessons);
  });
});

describe('a trainer’s lesson file', () => {
  it('accepts one lesson', () => {
    const r = parseLessonFile(JSON.stringify(sample()));
    expect(r).toMatchObject({ ok: true });
    if (r.ok) expect(r.lessons).toHaveLength(1);
  });

  it('names the field path of a bad action type', () => {
    const bad = sample();
    bad.steps[1].done.type = 'post.tweeted';
    const r = parseLessonFile(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^steps\[1\]\.done\.type: type is a practice action type/);
  });

  it('names the path of a bad anchor, an empty title and a too-long instruction', () => {
    const bad = sample();
    bad.steps[0].anchor = 'submitButton';
    bad.title = '   ';
    bad.steps[2].instruction = 'word '.repeat(MAX_INSTRUCTION_WORDS + 1);
    const r = parseLessonFile(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.some((e) => e.startsWith('title: a title cannot be empty'))).toBe(true);
      expect(r.errors.some((e) => e.startsWith('steps[0].anchor: anchor is a named element'))).toBe(true);
      expect(r.errors.some((e) => e.startsWith(`steps[2].instruction: at most ${MAX_INSTRUCTION_WORDS} words`))).toBe(true);
    }
  });

  it('accepts a list of anchors, and refuses an empty one or an unknown name in it', () => {
    const l = sample();
    l.steps[0].anchor = ['imageAltField', 'contentArea'];
    expect(parseLesson(l).ok).toBe(true);
    l.steps[0].anchor = [];
    expect(parseLesson(l).ok).toBe(false);
    l.steps[0].anchor = ['contentArea', 'nope'];
    const r = parseLesson(l);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^steps\[0\]\.anchor/);
  });

  it('refuses unknown fields (a typo must not pass silently)', () => {
    const bad = sample();
    bad.steps[0].done.metrcs = { wordCount: { gte: 1 } };
    const r = parseLessonFile(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/steps\[0\]\.done\.metrcs/);
  });

  it('refuses a metric test with no bound', () => {
    const bad = sample();
    bad.steps[0].done.metrics = { wordCount: {} };
    const r = parseLesson(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^steps\[0\]\.done\.metrics\.wordCount: a metric test needs eq, gte or lte/);
  });

  it('refuses duplicate step ids', () => {
    const bad = sample();
    bad.steps[1].id = bad.steps[0].id;
    const r = parseLesson(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain('steps: step ids must be unique within a lesson');
  });

  it('refuses duplicate lesson ids in a set', () => {
    const r = parseLessonFile(JSON.stringify({ format: LESSON_SET_FORMAT, version: 1, lessons: [sample(), sample()] }));
    expect(r).toEqual({ ok: false, errors: ['lessons: the id "your-first-post" is used twice'] });
  });

  it('says so when the file is not JSON, is truncated, or is something else', () => {
    const text = JSON.stringify(sample());
    for (const bad of ['', 'hello', text.slice(0, text.length / 2)]) {
      const r = parseLessonFile(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]).toMatch(/^not valid JSON/);
    }
    expect(parseLessonFile('{"format":"social-web-tutor.tip-pack"}')).toEqual({
      ok: false,
      errors: [`format: expected "${LESSON_FORMAT}" or "${LESSON_SET_FORMAT}"`],
    });
    expect(parseLessonFile('null').ok).toBe(false);
    expect(parseLessonFile('[]').ok).toBe(false);
  });

  it('keeps HTML as plain text (it is rendered as text, never parsed)', () => {
    const l = sample();
    l.steps[0].instruction = '<img src=x onerror=alert(1)> is just text here';
    const r = parseLesson(l);
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.lessons[0] as Lesson).steps[0]!.instruction).toBe('<img src=x onerror=alert(1)> is just text here');
  });

  it('caps the number of messages and says how many more there were', () => {
    const bad = sample();
    bad.steps = bad.steps.map((s: Record<string, unknown>) => ({ ...s, id: 'Bad Id', title: '' }));
    bad.id = 'Bad';
    const r = parseLesson(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(6);
      expect(r.errors[5]).toMatch(/^…and \d+ more$/);
    }
  });
});
