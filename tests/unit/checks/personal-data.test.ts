import { describe, expect, it } from 'vitest';
import { findPersonalData, isNationalInsuranceNumber, ukPhoneKind } from '../../../lib/checks/personal-data';

const kinds = (t: string) => findPersonalData(t).matches.map((m) => [m.kind, t.slice(m.start, m.end)]);

// Phone numbers below are in Ofcom's ranges reserved for drama and examples (07700 900xxx, 020 7946 0xxx…).
describe('phone numbers', () => {
  it.each([
    ['Call Sam on 07700 900123 after 5', [['mobile', '07700 900123']]],
    ['Mobile 07700900123.', [['mobile', '07700900123']]],
    ['ring 07700-900-123', [['mobile', '07700-900-123']]],
    ['+44 7700 900123 or +447700900123', [['mobile', '+44 7700 900123'], ['mobile', '+447700900123']]],
    ['London 020 7946 0018', [['landline', '020 7946 0018']]],
    ['Cardiff (029) 2018 0123', [['landline', '(029) 2018 0123']]],
    ['Leeds 0113 496 0000', [['landline', '0113 496 0000']]],
    ['+44 (0)20 7946 0018', [['landline', '+44 (0)20 7946 0018']]],
    ['Contact centre 0300 123 4567', [['landline', '0300 123 4567']]],
    ['Small exchange 016977 3456', [['landline', '016977 3456']]],
  ])('%s', (t, expected) => expect(kinds(t)).toEqual(expected));

  it.each([
    ['dates', 'From 01/02/2024 and 2024-05-01'],
    ['freephone and premium numbers', 'Call 0800 123 4567 or 0906 123 4567'],
    ['too few digits', 'Ref 0123 4567'],
    ['too many digits', 'Account 077009001234567'],
    ['money and counts', '£1,000,000 for 12,345 homes'],
    ['a number glued to letters', 'code AB07700900123'],
  ])('does not flag %s', (_n, t) => expect(findPersonalData(t).found).toBe(false));

  it.each([
    ['07700 900123', 'mobile'], ['+44 7700 900123', 'mobile'], ['020 7946 0018', 'landline'], ['0800 123 4567', null],
    ['+44 (0)7700 900123', 'mobile'],
  ] as const)('ukPhoneKind(%s) → %s', (n, kind) => expect(ukPhoneKind(n)).toBe(kind));
});

describe('National Insurance numbers', () => {
  it.each([
    ['AB 12 34 56 C', true], ['AB123456C', true], ['ab123456c', true], ['JG 10 37 59 A', true], ['AB 123456 D', true],
    ['QQ 12 34 56 C', false], // HMRC's own example uses a prefix never issued
    ['DA123456A', false], ['FA123456A', false], ['IA123456A', false], ['UA123456A', false], ['VA123456A', false],
    ['AD123456A', false], ['AO123456A', false], ['AV123456A', false],
    ['BG123456A', false], ['GB123456A', false], ['NK123456A', false], ['KN123456A', false], ['TN123456A', false],
    ['NT123456A', false], ['ZZ123456A', false],
    ['AB123456E', false], ['AB12345C', false], ['AB1234567C', false],
  ])('%s → %s', (v, ok) => expect(isNationalInsuranceNumber(v)).toBe(ok));

  it('finds them in text', () => {
    expect(kinds('His NI number is AB 12 34 56 C, thanks')).toEqual([['ni-number', 'AB 12 34 56 C']]);
    expect(findPersonalData('Ref GB123456A and XAB123456C').found).toBe(false);
  });
});

describe('findPersonalData', () => {
  it('reports kinds and counts in a fixed order, with role mailboxes marked', () => {
    const t = 'Email jane.smith@example.gov.uk or bins@example.gov.uk, call 07700 900123 or 029 2018 0123. NI: AB123456C';
    const r = findPersonalData(t);
    expect(r.kinds).toEqual(['email', 'mobile', 'landline', 'ni-number']);
    expect(r.counts).toEqual({ email: 2, mobile: 1, landline: 1, 'ni-number': 1 });
    expect(r.matches.filter((m) => m.kind === 'email').map((m) => m.role)).toEqual([false, true]);
    expect(r.matches.map((m) => m.start)).toEqual([...r.matches.map((m) => m.start)].sort((a, b) => a - b));
    expect(r.found).toBe(true);
  });

  it('a clinic notice without personal data', () => {
    const r = findPersonalData('The flu clinic at Canton Health Centre is open 9am to 1pm on Saturday 12 October. No need to book.');
    expect(r).toEqual({ kinds: [], counts: { email: 0, mobile: 0, landline: 0, 'ni-number': 0 }, matches: [], found: false });
  });

  it('completes on 50,000 characters', () => {
    expect(findPersonalData('0'.repeat(50_000)).found).toBe(false);
    expect(findPersonalData('0 '.repeat(25_000)).found).toBe(false); // runs of zeros are no UK number
    expect(findPersonalData('07700 900123 '.repeat(3_800)).counts.mobile).toBe(3_800);
    expect(findPersonalData('AB12 '.repeat(10_000)).found).toBe(false);
    expect(findPersonalData('a@'.repeat(25_000)).found).toBe(false);
  });
});
