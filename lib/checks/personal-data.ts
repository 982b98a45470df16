/**
 * Personal data a post should not carry: e-mail addresses, UK phone numbers and National Insurance numbers.
 * Councils moderate out personal data in comments, and an officer can paste a resident's details by mistake.
 * A council's own published contact number or mailbox is fine to post: the tip asks the learner to check,
 * and we tell mobiles from landlines and role mailboxes from named ones to help it word that.
 *
 * Results carry kinds, counts and offsets, never the matched text.
 */
import { findEmails, type Span } from './urls';

export type PersonalDataKind = 'email' | 'mobile' | 'landline' | 'ni-number';

export interface PersonalDataMatch extends Span {
  kind: PersonalDataKind;
  /** For e-mails: a role mailbox (info@, bins@, enquiries@…) rather than a person's. */
  role?: boolean;
}

export interface PersonalDataReport {
  /** The kinds found, in a fixed order (email, mobile, landline, ni-number). */
  kinds: PersonalDataKind[];
  counts: Record<PersonalDataKind, number>;
  matches: PersonalDataMatch[];
  /** Anything found at all. */
  found: boolean;
}

/** Local parts of e-mail addresses that name a service, not a person. Our own list. */
const ROLE_MAILBOXES = new Set(
  (
    'info enquiries enquiry contact contactus hello help helpdesk support admin office press media news comms ' +
    'communications bins waste recycling housing planning licensing council customer customers customerservices ' +
    'feedback complaints foi dataprotection dpo privacy webmaster web digital social socialmedia events library ' +
    'libraries parks highways roads streets transport benefits counciltax revenues elections electoral ' +
    'registrar registration reception jobs recruitment careers hr finance payments accounts noreply no-reply ' +
    'team general post mail enquiriesteam ymholiadau cyswllt gwybodaeth'
  ).split(' '),
);

// Starts at "+44" or at a 0 (optionally after "(") not glued to other digits; then 9 or 10 more digits with
// spaces, dots, hyphens or a closing bracket between. Bounded, so it cannot backtrack far.
const PHONE_RE = /(?<![\p{N}+\p{L}])(?:\+44[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)(?:[\s.\-)]{0,2}\p{Nd}){9,10}(?!\p{N})/gu;

// National Insurance number (HMRC NIM39110): first letter not D F I Q U V; second not D F I O Q U V; six digits,
// in pairs that may be spaced; suffix A–D. The prefixes BG GB NK KN TN NT ZZ are never issued.
const NINO_RE =
  /(?<![\p{L}\p{N}])([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])[ \u00A0]?(\d{2})[ \u00A0]?(\d{2})[ \u00A0]?(\d{2})[ \u00A0]?([A-D])(?![\p{L}\p{N}])/giu;
const NINO_NEVER_ISSUED = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

/** Classify a candidate phone number by its digits, or null when it is not a UK mobile or landline. */
export function ukPhoneKind(candidate: string): 'mobile' | 'landline' | null {
  let digits = candidate.replace(/\D/g, '');
  if (candidate.trim().startsWith('+44')) {
    digits = digits.slice(2);
    // "+44 (0)20…": the bracketed 0 is not dialled from abroad.
    if (/^\+44[\s.-]?\(0\)/.test(candidate.trim())) digits = digits.slice(1);
  } else {
    digits = digits.slice(1); // the trunk 0
  }
  // National significant number: mobiles 7 + 9 digits; geographic 1/2 and non-geographic 3 numbers 9 or 10 digits.
  if (/^7\d{9}$/.test(digits)) return 'mobile';
  if (/^[123]\d{8,9}$/.test(digits)) return 'landline';
  return null;
}

/** Is this (letters, digits, optional spaces) a well-formed NI number under HMRC's prefix rules? */
export function isNationalInsuranceNumber(value: string): boolean {
  const m = new RegExp(`^${NINO_RE.source}$`, 'iu').exec(value.trim());
  return m !== null && !NINO_NEVER_ISSUED.has(`${m[1]}${m[2]}`.toUpperCase());
}

/** Find personal data in the text. */
export function findPersonalData(text: string): PersonalDataReport {
  const matches: PersonalDataMatch[] = [];
  for (const e of findEmails(text)) {
    const local = text.slice(e.start, text.indexOf('@', e.start)).toLowerCase().replace(/[._]/g, '');
    matches.push({ kind: 'email', start: e.start, end: e.end, role: ROLE_MAILBOXES.has(local) });
  }
  if (/\d/.test(text)) {
    for (const m of text.matchAll(PHONE_RE)) {
      const kind = ukPhoneKind(m[0]);
      if (kind) matches.push({ kind, start: m.index, end: m.index + m[0].length });
    }
    for (const m of text.matchAll(NINO_RE)) {
      if (NINO_NEVER_ISSUED.has(`${m[1]}${m[2]}`.toUpperCase())) continue;
      matches.push({ kind: 'ni-number', start: m.index, end: m.index + m[0].length });
    }
  }
  matches.sort((a, b) => a.start - b.start);
  const counts: Record<PersonalDataKind, number> = { email: 0, mobile: 0, landline: 0, 'ni-number': 0 };
  for (const m of matches) counts[m.kind] += 1;
  const kinds = (['email', 'mobile', 'landline', 'ni-number'] as const).filter((k) => counts[k] > 0);
  return { kinds, counts, matches, found: matches.length > 0 };
}
