import { describe, expect, it } from 'vitest';
import { checkCaps } from '../../../lib/checks/caps';

const flagged = (t: string) => checkCaps(t).flagged.map((s) => t.slice(s.start, s.end));

describe('checkCaps', () => {
  it('flags a shouted phrase and reports its run', () => {
    const t = 'PLEASE READ THIS NOW: bins are late.';
    const r = checkCaps(t);
    expect(flagged(t)).toEqual(['PLEASE', 'READ', 'THIS']);
    expect(r.longestRun).toBe(4);
    expect(r.runs.map((x) => [t.slice(x.start, x.end), x.words])).toEqual([['PLEASE READ THIS NOW', 4]]);
    expect(r.words).toBe(7);
    expect(r.share).toBeCloseTo(3 / 7);
  });

  it('a single shouted word is flagged without a run', () => {
    const t = 'URGENT: the clinic is closed today.';
    expect(flagged(t)).toEqual(['URGENT']);
    expect(checkCaps(t)).toMatchObject({ longestRun: 1, runs: [] });
  });

  it.each([
    ['short acronyms', 'The NHS and the UK GOV site say so.'],
    ['known longer acronyms', 'Get your COVID booster. HMRC and DVLA services. Ask CAMHS or the SEND team.'],
    ['acronyms followed by digits', 'COVID-19 and COVID19 jabs'],
    ['sentence case', 'Bins are collected on Monday.'],
    ['title case', 'Have Your Say On The Parks Plan'],
    ['hashtags and mentions', 'Thanks #BINDAY @CARDIFFCOUNCIL'],
    ['URLs and e-mails', 'See HTTPS://WWW.EXAMPLE.GOV.UK or BINS@EXAMPLE.ORG'],
    ['single letters', 'I said A, B and C.'],
  ])('does not flag %s', (_n, t) => {
    expect(checkCaps(t)).toMatchObject({ capsWords: 0, longestRun: 0, runs: [] });
  });

  it('a run needs a flagged word: acronyms together are not shouting', () => {
    expect(checkCaps('NHS UK GOV NHS').longestRun).toBe(0);
  });

  it('single capitals carry a run on but do not start one', () => {
    expect(checkCaps('THIS IS A TEST').longestRun).toBe(4);
  });

  it('a sentence break ends a run', () => {
    const r = checkCaps('STOP. WAIT. LISTEN.');
    expect(r).toMatchObject({ capsWords: 3, longestRun: 1, runs: [] });
  });

  it('hyphenated and apostrophe words, non-English capitals', () => {
    expect(flagged("DON'T MISS the SELF-SERVICE kiosk")).toEqual(["DON'T", 'MISS', 'SELF-SERVICE']);
    expect(flagged('CROESO I GYMRU')).toEqual(['CROESO', 'GYMRU']);
  });

  it('empty text and 50,000 characters', () => {
    expect(checkCaps('')).toMatchObject({ words: 0, share: 0 });
    expect(checkCaps('SHOUT '.repeat(8_000))).toMatchObject({ capsWords: 8_000, longestRun: 8_000 });
  });
});
