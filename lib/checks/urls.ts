/**
 * Finding URLs and e-mail addresses in plain text, shared by the other checks (sentences must not split inside a
 * URL, hashtags must ignore `#anchors` in URLs, X and Mastodon count a URL as 23 characters).
 *
 * Every pattern here starts only at the beginning of a token (a look-behind refuses a start in the middle of a
 * word) and uses bounded or unambiguous repetition, so a long input is scanned in linear time: these run on every
 * (debounced) keystroke in a content script.
 */

/** A range of the input, as UTF-16 offsets (`text.slice(start, end)`), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Top-level domains we recognise in a URL written without `http://` or `www.` (e.g. `cardiff.gov.uk/bins`).
 * Deliberately short: a longer list makes ordinary typos ("end.Then") look like links. The UK public sector's own
 * (`uk`, `wales`, `cymru`, `scot`, `london`) plus the common generic ones.
 */
export const BARE_DOMAIN_TLDS = [
  'uk', 'wales', 'cymru', 'scot', 'london', 'com', 'org', 'net', 'gov', 'edu', 'int', 'io', 'co', 'info', 'eu',
  'ie', 'app', 'dev', 'social', 'online', 'news', 'blog', 'ly', 'me', 'tv',
] as const;

const TLD_ALT = [...BARE_DOMAIN_TLDS].sort((a, b) => b.length - a.length).join('|');

// A URL with a scheme or www., or a bare domain ending in a known TLD with an optional path. The label pattern
// cannot contain a dot, and each repetition ends with a literal dot, so the outer `+` never backtracks ambiguously.
const URL_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._%+\-/])(?:(?:https?:\/\/|www\.)[^\s<>"'\x60]+` +
    String.raw`|(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?\.)+(?:${TLD_ALT})(?!\.?[\p{L}\p{N}\-])(?:[\/?#][^\s<>"'\x60]*)?)`,
  'giu',
);

// Local part and domain are bounded (RFC 5321 sizes), and the match may only start at a token's beginning.
const EMAIL_RE =
  /(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}\-])/gu;

const TRAILING_PUNCT = /[.,;:!?'"”’»…*]$/u;

/** Drop punctuation that ends a sentence rather than the URL ("see gov.uk." / "(see https://x.org/a)"). */
function trimUrlEnd(text: string, start: number, end: number): number {
  for (;;) {
    const last = text.slice(end - 1, end);
    if (TRAILING_PUNCT.test(last)) {
      end -= 1;
      continue;
    }
    // A closing bracket belongs to the URL only when the URL opened one (Wikipedia-style paths).
    const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
    const open = pairs[last];
    if (open !== undefined) {
      const body = text.slice(start, end);
      const opens = body.split(open).length - 1;
      const closes = body.split(last).length - 1;
      if (closes > opens) {
        end -= 1;
        continue;
      }
    }
    return end;
  }
}

/** Every URL in the text (with or without a scheme), trailing sentence punctuation excluded. */
export function findUrls(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const start = m.index;
    const end = trimUrlEnd(text, start, start + m[0].length);
    // "www." alone, or a scheme with nothing after it, is not a link.
    if (!/[\p{L}\p{N}]\.[\p{L}\p{N}]|:\/\/[\p{L}\p{N}]/u.test(text.slice(start, end))) continue;
    spans.push({ start, end });
  }
  return spans;
}

/** Every e-mail address in the text. */
export function findEmails(text: string): Span[] {
  if (!text.includes('@')) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(EMAIL_RE)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Does this whole string (trimmed) look like a URL, e.g. a link whose text is its own address? */
export function isUrlLike(value: string): boolean {
  const s = value.trim();
  if (s === '' || /\s/.test(s)) return false;
  const spans = findUrls(s);
  return spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end >= s.replace(/[.,;:!?]+$/, '').length;
}

/**
 * A copy of the text with each span's characters replaced by `fill`, so that later patterns ignore what is inside
 * (a URL's dots or `#`) while every offset stays the same.
 */
export function maskSpans(text: string, spans: readonly Span[], fill = 'x'): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.end <= at) continue;
    const from = Math.max(s.start, at);
    out += text.slice(at, from) + fill.repeat(s.end - from);
    at = s.end;
  }
  return out + text.slice(at);
}

/** Merge overlapping spans (sorted by start). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** URLs and e-mail addresses together, merged: the spans most checks should look past. */
export function findLinksAndEmails(text: string): Span[] {
  return mergeSpans([...findUrls(text), ...findEmails(text)]);
}
