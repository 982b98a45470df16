import { describe, expect, it } from 'vitest';
import { checkPassive, findPassive, ratePassiveShare } from '../../../lib/checks/passive';

const hits = (t: string) => findPassive(t).map((s) => t.slice(s.start, s.end));

describe('findPassive', () => {
  it.each([
    ['Your bin will be emptied on Tuesday.', ['be emptied']],
    ['The road was closed by the police.', ['was closed']],
    ['Applications are now being accepted.', ['are now being accepted']],
    ['The report has been written by officers.', ['been written']],
    ['Bins are not collected on bank holidays.', ['are not collected']],
    ['The library is currently closed, and the hall is being rebuilt.', ['is currently closed', 'is being rebuilt']],
    ['Mistakes were made.', ['were made']],
    ["They're given a leaflet. It isn't taken away.", ["They're given", "isn't taken"]],
    ['The plan was quickly agreed.', ['was quickly agreed']],
    ['WAS CANCELLED', ['WAS CANCELLED']],
  ])('%s', (t, expected) => expect(hits(t)).toEqual(expected));

  it.each([
    ['active voice', 'We will empty your bin on Tuesday.'],
    ['feelings after be', 'We are delighted to announce the new library. I am tired.'],
    ['-ed words that are not participles', 'It was a hundred metres. That is indeed true.'],
    ['be + noun or adjective', 'The clinic is open. She was a nurse.'],
    ['participle not right after be', 'The bin is there and collected bins go back.'],
    ['a sentence break between', 'That is. Closed doors stay shut.'],
    ['short -ed word', 'The cat is fed.'.replace('fed', 'red')],
  ])('does not flag %s', (_n, t) => expect(findPassive(t)).toEqual([]));
});

describe('checkPassive', () => {
  it('reports the share of passive sentences and which sentence each hit is in', () => {
    const t = 'We collect bins weekly. Your bin will be emptied on Tuesday. Recycling is sorted at the depot. Thank you.';
    const r = checkPassive(t);
    expect(r).toMatchObject({ sentences: 4, passiveSentences: 2, share: 0.5, rating: 'poor' });
    expect(r.hits.map((h) => [h.sentence, t.slice(h.start, h.end)])).toEqual([
      [1, 'be emptied'],
      [2, 'is sorted'],
    ]);
  });

  it('an active consultation post is good', () => {
    const t = 'We want your views on our new parks plan. Tell us what you think by 30 June. You can fill in the survey online or at any library.';
    expect(checkPassive(t)).toMatchObject({ passiveSentences: 0, share: 0, rating: 'good' });
  });

  it.each([[0.1, 'good'], [0.11, 'ok'], [0.15, 'ok'], [0.16, 'poor']] as const)('share %s is %s', (s, r) => {
    expect(ratePassiveShare(s)).toBe(r);
  });

  it('empty text and 50,000 characters', () => {
    expect(checkPassive('')).toMatchObject({ sentences: 0, share: 0, rating: 'good' });
    expect(checkPassive('is being '.repeat(5_600)).passiveSentences).toBe(0);
    expect(checkPassive('Bins were emptied. '.repeat(2_600)).share).toBe(1);
  });
});
