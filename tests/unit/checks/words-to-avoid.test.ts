import { describe, expect, it } from 'vitest';
import { WORDS_TO_AVOID, findWordsToAvoid, wordToAvoid } from '../../../lib/checks/words-to-avoid';

const found = (t: string) => findWordsToAvoid(t).map((h) => [h.id, t.slice(h.start, h.end)]);

describe('the list', () => {
  it('has about 40 or more entries, unique ids, a plainer alternative each, valid patterns with no capture groups', () => {
    expect(WORDS_TO_AVOID.length).toBeGreaterThanOrEqual(40);
    expect(new Set(WORDS_TO_AVOID.map((w) => w.id)).size).toBe(WORDS_TO_AVOID.length);
    for (const w of WORDS_TO_AVOID) {
      expect(w.plain.length, w.id).toBeGreaterThan(0);
      // A capturing group inside an entry would shift the group numbers that name the entries.
      expect(new RegExp(`${w.pattern}|`).exec('')!.length, w.id).toBe(1);
    }
  });
  it('every entry matches its own id (the list and the patterns agree)', () => {
    const ids: Record<string, string> = {
      deliver: 'deliver improvements', impact: 'will impact', key: 'key stakeholders', foster: 'foster a culture',
      agenda: 'digital agenda', progress: 'progress the work', transform: 'transformation', 'reach out': 'reach out to',
    };
    for (const w of WORDS_TO_AVOID) {
      const sample = ids[w.id] ?? w.id;
      expect(findWordsToAvoid(`We ${sample} today.`).map((h) => h.id), w.id).toEqual([w.id]);
    }
  });
  it('looks entries up by id', () => {
    expect(wordToAvoid('utilise')?.plain[0]).toBe('use');
    expect(wordToAvoid('nope')).toBeUndefined();
  });
});

describe('findWordsToAvoid', () => {
  it.each([
    ['inflections', 'We are utilising new vans and leveraging data.', [['utilise', 'utilising'], ['leverage', 'leveraging']]],
    ['US spelling', 'We utilized the hall.', [['utilise', 'utilized']]],
    ['case-insensitive', 'GOING FORWARD, bins go out on Tuesday.', [['going forward', 'GOING FORWARD']]],
    ['phrase across a line break', 'We met in order\nto plan.', [['in order to', 'in order\nto']]],
    ['consultation jargon', 'We will facilitate a dialogue with key stakeholders prior to the decision.', [
      ['facilitate', 'facilitate'], ['dialogue', 'dialogue'], ['key', 'key stakeholders'], ['prior to', 'prior to'],
    ]],
    ['impact as a verb', 'Road works may impact your journey; buses were impacted.', [['impact', 'may impact'], ['impact', 'impacted']]],
    ['deliver for abstract things', 'The plan will deliver improvements.', [['deliver', 'deliver improvements']]],
    ['foster for abstract things', 'We want to foster closer relationships.', [['foster', 'foster closer relationships']]],
  ])('%s', (_n, t, expected) => expect(found(t)).toEqual(expected));

  it.each([
    ['whole words only', 'The assistant uses a robustness test. Keystone park. Deemster.'],
    ['fostering children', 'Become a foster carer. We support fostering families.'],
    ['delivering things', 'We deliver leaflets and services to every home.'],
    ['impact as a noun', 'The impact of the storm was small.'],
    ['key as a noun', 'Collect your key from reception.'],
    ['agenda for meetings', 'The agenda for the meeting is online.'],
    ['words inside URLs and e-mails', 'See https://example.gov.uk/utilise-facilitate or assist@example.org'],
    ['looking forward to', 'We are going forward to the next stage.'],
    ['plain council text', 'Your green bin will be collected on Tuesday. Put it out by 7am.'],
  ])('does not flag %s', (_n, t) => expect(findWordsToAvoid(t)).toEqual([]));

  it('completes on 50,000 characters', () => {
    expect(findWordsToAvoid('in order '.repeat(5_600))).toEqual([]);
    expect(findWordsToAvoid('We utilise. '.repeat(4_200))).toHaveLength(4_200);
  });
});
