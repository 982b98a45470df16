/**
 * Translated lessons are the same lessons in other words: same ids, steps, completions, anchors and screens, so a
 * learner can switch language mid-lesson and keep their progress; each passes the lesson validator on its own
 * (a trainer can load it as a file).
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_LESSON_DATA, BUILTIN_LESSON_TRANSLATIONS, builtinLessons, parseLesson, type Lesson } from '../../../lib/lessons';

/** Everything but the words. */
const shape = (l: Lesson) => ({
  id: l.id,
  context: l.context,
  skills: l.skills,
  steps: l.steps.map((s) => ({ id: s.id, anchor: s.anchor, context: s.context, done: s.done, hasHint: s.hint !== undefined })),
  points: l.summary.points.length,
});

describe('translated built-in lessons', () => {
  const english = builtinLessons('en');

  it.each(Object.entries(BUILTIN_LESSON_TRANSLATIONS))('%s: each passes the validator and says it is in its language', (locale, data) => {
    for (const raw of data) {
      const r = parseLesson(raw);
      expect(r.ok ? [] : r.errors).toEqual([]);
      if (r.ok) expect(r.lessons[0]!.locale).toBe(locale);
    }
  });

  it.each(Object.keys(BUILTIN_LESSON_TRANSLATIONS))('%s: every lesson is translated, with the English shape and new words', (locale) => {
    const translated = builtinLessons(locale);
    expect(translated.map((l) => l.id)).toEqual(english.map((l) => l.id));
    expect(BUILTIN_LESSON_TRANSLATIONS[locale]!.length).toBe(BUILTIN_LESSON_DATA.length);
    translated.forEach((l, i) => {
      const en = english[i]!;
      expect(l.locale).toBe(locale);
      expect(shape(l)).toEqual(shape(en));
      expect(l.title).not.toBe(en.title);
      expect(l.intro).not.toBe(en.intro);
      l.steps.forEach((s, j) => expect(s.instruction, `${l.id}/${s.id}`).not.toBe(en.steps[j]!.instruction));
    });
  });

  it('gives Welsh lessons to a Cymraeg learner (cy or cy-GB) and English to anyone else', () => {
    expect(builtinLessons('cy')[0]!.title).toBe('Eich cofnod cyntaf');
    expect(builtinLessons('cy-GB')[0]!.title).toBe('Eich cofnod cyntaf');
    expect(builtinLessons('fr').map((l) => l.locale)).toEqual(english.map(() => 'en'));
    expect(builtinLessons().map((l) => l.title)).toEqual(english.map((l) => l.title));
  });
});
