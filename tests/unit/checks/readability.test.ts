import { describe, expect, it } from 'vitest';
import {
  READABILITY_MIN_WORDS,
  countSyllables,
  rateReadingEase,
  readingEase,
} from '../../../lib/checks/readability';

describe('countSyllables', () => {
  it.each([
    ['the', 1], ['bin', 1], ['bins', 1], ['make', 1], ['homes', 1], ['closed', 1], ['please', 1], ['waste', 1],
    ['table', 2], ['people', 2], ['update', 2], ['service', 2], ['centre', 2], ['boxes', 2], ['changes', 2],
    ['needed', 2], ['emptied', 2], ['create', 2], ['being', 2], ['going', 2], ['special', 2], ['business', 2],
    ['council', 2], ['garden', 2], ['clinic', 2], ['region', 2], ['science', 2], ['Tuesday', 2],
    ['collected', 3], ['recycling', 3], ['appointment', 3], ['library', 3], ['radio', 3], ['media', 3],
    ['area', 3], ['residents', 3], ['collections', 3], ['services', 3],
    ['information', 4], ['available', 4], ['communities', 4], ['vaccination', 4], ['consultation', 4], ['experience', 4],
    ["council's", 2], ['DON’T', 1], ['', 0], ['123', 0],
  ])('%s → %i', (w, n) => expect(countSyllables(w)).toBe(n));
});

describe('readingEase', () => {
  const plain =
    'Your bin day is changing. From Monday 3 June, we will collect your green bin on Tuesday. ' +
    'Put it out by 7am. Do not put glass in it. You can take glass to the tip. Thank you for your help.';
  const dense =
    'Notwithstanding the aforementioned considerations, the municipal administration anticipates substantial ' +
    'operational reconfiguration of environmental infrastructure provision, necessitating comprehensive ' +
    'consultation with organisational stakeholders regarding implementation methodologies, prioritisation ' +
    'frameworks and accountability mechanisms throughout the forthcoming financial year.';

  it('scores plain council text as good', () => {
    const r = readingEase(plain);
    expect(r.words).toBe(39);
    expect(r.sentences).toBe(6);
    expect(r.score).not.toBeNull();
    expect(r.score!).toBeGreaterThan(80);
    expect(r.rating).toBe('good');
  });

  it('scores dense bureaucratic text as poor, clamped at 0', () => {
    const r = readingEase(dense);
    expect(r.rating).toBe('poor');
    expect(r.score).toBe(0);
  });

  it('computes the formula exactly for a known input', () => {
    // 31 one-syllable words in one sentence: 206.835 − 1.015 × 31 − 84.6 × 1 = 90.77 → 90.8.
    const t = `${Array.from({ length: 31 }, () => 'bins').join(' ')}.`;
    expect(readingEase(t)).toEqual({ score: 90.8, words: 31, sentences: 1, syllables: 31, rating: 'good' });
  });

  it('is null for 30 words or fewer (as Sa11y)', () => {
    const t = Array.from({ length: READABILITY_MIN_WORDS }, () => 'bins').join(' ');
    expect(readingEase(t)).toMatchObject({ score: null, rating: null, words: 30 });
    expect(readingEase('').score).toBeNull();
  });

  it('leaves out URLs, e-mails, hashtags, mentions and numbers', () => {
    const r = readingEase('Read https://www.gov.uk/some-extraordinarily-complicated-page or mail info@example.org #LocalGovernment @CardiffCouncil 2024');
    expect(r.words).toBe(3);
  });

  it.each([[61, 'good'], [60, 'ok'], [50, 'ok'], [49.9, 'poor']] as const)('score %s is %s', (s, rating) => {
    expect(rateReadingEase(s)).toBe(rating);
  });

  it('completes on 50,000 characters', () => {
    expect(readingEase('Bins are out. '.repeat(3_600)).rating).toBe('good');
  });
});
