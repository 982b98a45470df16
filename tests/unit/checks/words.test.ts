import { describe, expect, it } from 'vitest';
import { countWords, letterWords, wordSpans } from '../../../lib/checks/words';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Your bin day is changing', 5],
    ['well-being and/or self-care', 3],
    ['Bins – collected 🎉 today', 3],
    ['See https://www.gov.uk/bins now', 3],
    ['Open 9am–5pm, Mon–Fri', 3],
    ['Line one\nline two\n\nline three', 6],
    ["Council's plan", 2],
  ])('%j has %i words', (text, n) => expect(countWords(text)).toBe(n));
});

describe('wordSpans and letterWords', () => {
  it('gives offsets', () => {
    const t = 'Bins: out by 7am!';
    expect(wordSpans(t).map((s) => t.slice(s.start, s.end))).toEqual(['Bins:', 'out', 'by', '7am!']);
    expect(letterWords("We don't collect on 25 Dec").map((w) => w.word)).toEqual(['We', "don't", 'collect', 'on', 'Dec']);
  });
});
