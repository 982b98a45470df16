import { describe, expect, it } from 'vitest';
import { GCS_MAX_HASHTAGS, checkHashtags, hashtagCaseProblem } from '../../../lib/checks/hashtags';

const tags = (t: string) => checkHashtags(t).tags.map((h) => t.slice(h.start, h.end));

describe('extracting hashtags', () => {
  it.each([
    ['simple', 'Bins go out Monday #LocalGov #Bins', ['#LocalGov', '#Bins']],
    ['Unicode letters', 'Croeso #Caerffili #Llandaf #Zürich #東京', ['#Caerffili', '#Llandaf', '#Zürich', '#東京']],
    ['digits with letters', 'Get your jab #Covid19 #2024Vote', ['#Covid19', '#2024Vote']],
    ['full-width #', 'Hello ＃LocalGov', ['＃LocalGov']],
    ['not a number alone', 'We came #1 in the league #2024', []],
    ['not anchors in URLs', 'See https://example.gov.uk/page#contact and gov.uk/bins#when', []],
    ['not HTML entities or doubled #', 'It&#39;s here ##nope', []],
    ['not inside words', 'email me at C#Sharp or issue#42', []],
    ['trailing punctuation is not part of the tag', 'Join us at #PrideCymru!', ['#PrideCymru']],
  ])('%s', (_n, t, expected) => expect(tags(t)).toEqual(expected));
});

describe('hashtagCaseProblem (CamelCase heuristic)', () => {
  it.each([
    ['LocalGov', null], ['NHSWales', null], ['HaveYourSay', null], ['NHS', null], ['COVID', null], ['WALES', null],
    ['wales', null], ['cardiff', null], ['recycling', null], ['consultation', null], ['accessibility', null],
    ['Cardiff', null], ['together', null], ['Covid19', null], ['東京', null], ['heatwave', null], ['wellbeing', null], ['goodnews', 'lowercase-words'],
    ['cardiffcouncil', 'lowercase-words'], ['newport', null], ['homeless', null], ['roadsafety', 'lowercase-words'],
    ['healthcare', null], ['network', null], ['homework', null], ['workshop', null], ['teamwork', null],
    ['localgov', 'lowercase-words'], ['haveyoursay', 'lowercase-words'], ['binday', 'lowercase-words'],
    ['Localgovernment', 'lowercase-words'], ['mentalhealth', 'lowercase-words'], ['covid19vaccine', null],
    ['internationalwomensday', 'lowercase-words'], ['LOCALGOV', 'all-caps'], ['local_gov', null],
    ['plainenglish', 'lowercase-words'], ['volunteersweek', 'lowercase-words'],
  ] as const)('#%s → %s', (tag, problem) => expect(hashtagCaseProblem(tag)).toBe(problem));
});

describe('checkHashtags', () => {
  it('a post with two CamelCase tags at the end is fine', () => {
    const r = checkHashtags('Our libraries open late on Thursdays from 1 May.\n\n#LocalGov #Libraries');
    expect(r).toMatchObject({ count: 2, inline: 0, trailing: 2, notCamelCase: 0, camelCaseOk: true, tooMany: false });
  });

  it('finds mid-sentence tags, lower-case run-together tags and too many tags', () => {
    const r = checkHashtags('Have your say on the #parks plan #haveyoursay by Friday https://ex.gov.uk/parks #localgov #Cardiff');
    expect(r.count).toBe(4);
    expect(r.tags.map((t) => [t.position, t.caseProblem])).toEqual([
      ['inline', null],
      ['inline', 'lowercase-words'],
      ['trailing', 'lowercase-words'],
      ['trailing', null],
    ]);
    expect(r).toMatchObject({ inline: 2, trailing: 2, notCamelCase: 2, camelCaseOk: false, tooMany: true });
  });

  it('a tag followed only by a link, emoji or a mention is still trailing', () => {
    expect(checkHashtags('Book your flu jab #FluJab https://nhs.uk/flu 💉').tags[0]!.position).toBe('trailing');
    expect(checkHashtags('Thanks to crews #BinDay @CardiffCouncil').tags[0]!.position).toBe('trailing');
  });

  it('a tag opening a post is inline', () => {
    expect(checkHashtags('#Breaking Road closed on Queen Street').tags[0]!.position).toBe('inline');
  });

  it('reports letters per tag', () => {
    expect(checkHashtags('#Covid19 ok').tags[0]!.letters).toBe(5);
  });

  it(`more than ${GCS_MAX_HASHTAGS} is too many; none is fine`, () => {
    expect(checkHashtags('#A1 #B2 text').tooMany).toBe(false);
    expect(checkHashtags('#Aa #Bb #Cc').tooMany).toBe(true);
    expect(checkHashtags('No tags here.')).toMatchObject({ count: 0, camelCaseOk: true, tooMany: false, tags: [] });
  });

  it('completes on 50,000 characters', () => {
    expect(checkHashtags('#a'.repeat(25_000)).count).toBe(1);
    expect(checkHashtags('#localgov '.repeat(5_000)).count).toBe(5_000);
    expect(checkHashtags(`#${'a'.repeat(50_000)}`).count).toBe(1);
  });
});
