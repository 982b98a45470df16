/**
 * Emoji and graphemes. Screen readers read every emoji's full name ("grinning face with big eyes"), so the UK
 * Government Communication Service's accessible social media guidance asks for a few at most, not repeated, and
 * never carrying the core message.
 *
 * An emoji is counted per grapheme cluster (what a reader sees as one character, via Intl.Segmenter), so a ZWJ
 * family, a flag, a keycap or a thumbs-up with a skin tone each count once.
 */
import type { Span } from './urls';

/** GCS accessible social media guidance: 2–3 emoji at most. More than this is too many. */
export const GCS_MAX_EMOJI = 3;

let segmenter: Intl.Segmenter | undefined;

/** One grapheme cluster and its UTF-16 offset in the text. */
export interface Grapheme {
  segment: string;
  index: number;
}

/**
 * Longest slice handed to Intl.Segmenter at once. V8's segmenter slows down more than linearly on long strings
 * (measured on Node 20: 50,000 characters took 1.6–14 s in one piece, about 1 µs per cluster in 1,000-character
 * slices), and these checks run on every debounced keystroke.
 */
const SLICE = 1024;

const isAscii = (c: number) => c < 0x80;
// Letters of scripts whose letters never join the next letter into one cluster (Hangul jamo do; marks, ZWJ,
// regional indicators and prepended characters are not letters).
const PLAIN_LETTER = /^(?![\p{Script=Hangul}])\p{L}$/u;

/** Is there certainly a grapheme boundary between text[i - 1] and text[i]? */
function safeBoundary(text: string, i: number): boolean {
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  if (isAscii(a) && isAscii(b)) return !(a === 13 && b === 10); // CR LF is one cluster
  if ((a >= 0xd800 && a <= 0xdbff) || (b >= 0xdc00 && b <= 0xdfff)) return false; // inside a surrogate pair
  return PLAIN_LETTER.test(text[i - 1]!) && PLAIN_LETTER.test(text[i]!);
}

const NON_ASCII = /[^\x00-\x7F]/g;

/**
 * Walk the grapheme clusters of the text. ASCII stretches are reported as runs (`ascii(start, end)`: one
 * cluster per character, except CR LF, which is one), so callers can count them without a call per character;
 * only the windows around non-ASCII characters go through Intl.Segmenter, cut where a boundary is certain.
 */
export function scanGraphemes(
  text: string,
  ascii: (start: number, end: number) => void,
  cluster: (segment: string, index: number) => void,
): void {
  const len = text.length;
  let pos = 0;
  while (pos < len) {
    NON_ASCII.lastIndex = pos;
    const firstNon = NON_ASCII.exec(text)?.index ?? len;
    // The ASCII character before a non-ASCII one goes to the window: "1" + U+FE0F + U+20E3 is one keycap.
    let asciiEnd = firstNon === len ? len : Math.max(pos, firstNon - 1);
    // Never cut between CR and LF.
    if (asciiEnd > pos && asciiEnd < len && text.charCodeAt(asciiEnd - 1) === 13 && text.charCodeAt(asciiEnd) === 10) {
      asciiEnd -= 1;
    }
    if (asciiEnd > pos) ascii(pos, asciiEnd);
    if (asciiEnd >= len) return;
    const windowStart = asciiEnd;
    let end = firstNon + 1;
    while (end < len) {
      const a = text.charCodeAt(end - 1);
      const b = text.charCodeAt(end);
      // Two ASCII characters in a row: the window can end here, unless more non-ASCII follows soon, in which
      // case one larger window costs less than another Intl call (about 7 µs a call, 1 µs a cluster).
      if (isAscii(a) && isAscii(b) && !(a === 13 && b === 10)) {
        NON_ASCII.lastIndex = end;
        const next = NON_ASCII.exec(text)?.index ?? len;
        if (next - end > 8 || next - windowStart >= SLICE) break;
        end = next;
        continue;
      }
      if (end - windowStart >= SLICE && safeBoundary(text, end)) break;
      end += 1;
    }
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const s of segmenter.segment(text.slice(windowStart, end))) cluster(s.segment, windowStart + s.index);
    pos = end;
  }
}

/** The grapheme clusters of the text, with their UTF-16 offsets. */
export function graphemes(text: string): Grapheme[] {
  const out: Grapheme[] = [];
  scanGraphemes(
    text,
    (start, end) => {
      for (let i = start; i < end; i += 1) {
        if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < end) {
          out.push({ segment: '\r\n', index: i });
          i += 1;
        } else {
          out.push({ segment: text[i]!, index: i });
        }
      }
    },
    (segment, index) => out.push({ segment, index }),
  );
  return out;
}

const crlfIn = (text: string, start: number, end: number) => {
  let n = 0;
  for (let i = text.indexOf('\r\n', start); i !== -1 && i + 1 < end; i = text.indexOf('\r\n', i + 2)) n += 1;
  return n;
};

/** How many user-perceived characters the text has (Bluesky's unit). */
export function countGraphemes(text: string): number {
  let n = 0;
  scanGraphemes(
    text,
    (start, end) => {
      n += end - start - crlfIn(text, start, end);
    },
    () => {
      n += 1;
    },
  );
  return n;
}

const MAY_HAVE_EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u20E3]/u;
const REGIONAL_INDICATOR = /[\u{1F1E6}-\u{1F1FF}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
const KEYCAP = /^[0-9#*]\uFE0F?\u20E3$/u;

/**
 * Is this grapheme cluster an emoji? Flags, keycaps, and pictographs shown as emoji. Symbols that default to
 * text style (©, ®, ™, ‼, arrows) count only when the emoji variation selector (U+FE0F) asks for emoji style;
 * the dingbats and miscellaneous symbols people type as emoji (☀ ✅ ❤ ⭐) count either way.
 */
export function isEmojiCluster(cluster: string): boolean {
  if (REGIONAL_INDICATOR.test(cluster)) return true;
  if (cluster.includes('\u20E3')) return KEYCAP.test(cluster);
  if (!PICTOGRAPHIC.test(cluster) || cluster.includes('\uFE0E')) return false;
  if (EMOJI_PRESENTATION.test(cluster) || cluster.includes('\uFE0F')) return true;
  const cp = cluster.codePointAt(0) ?? 0;
  return cp >= 0x1f000 || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x2b00 && cp <= 0x2bff);
}

export interface EmojiReport {
  count: number;
  /** Different emoji, counting skin-tone and style variants of one emoji as the same. */
  distinct: number;
  /** How many different emoji appear more than once. */
  repeated: number;
  /** The most times any one emoji appears (0 with none). */
  maxRepeat: number;
  /** The longest run of emoji with nothing but spaces between them ("🎉🎉🎉" is 3). */
  longestRun: number;
  /** More than GCS's 3. */
  tooMany: boolean;
  positions: Span[];
}

// Skin tones and variation selectors do not make a different emoji for the "repeated" check.
const VARIANTS = /[\u{1F3FB}-\u{1F3FF}\uFE0F\uFE0E]/gu;

/** Count emoji, repeats and runs. */
export function checkEmoji(text: string): EmojiReport {
  const report: EmojiReport = { count: 0, distinct: 0, repeated: 0, maxRepeat: 0, longestRun: 0, tooMany: false, positions: [] };
  // Every emoji is outside ASCII: plain text never compiles the Unicode-property patterns (costly on first use).
  if (!/[^\x00-\x7F]/.test(text) || !MAY_HAVE_EMOJI.test(text)) return report;
  const seen = new Map<string, number>();
  let run = 0;
  scanGraphemes(
    text,
    (start, end) => {
      // Plain ASCII holds no emoji; anything but spaces in it ends a run.
      if (/\S/u.test(text.slice(start, end))) run = 0;
    },
    (segment, index) => {
      if (isEmojiCluster(segment)) {
        report.count += 1;
        report.positions.push({ start: index, end: index + segment.length });
        const key = segment.replace(VARIANTS, '');
        seen.set(key, (seen.get(key) ?? 0) + 1);
        run += 1;
        report.longestRun = Math.max(report.longestRun, run);
      } else if (!/^\s+$/u.test(segment)) {
        run = 0;
      }
    },
  );
  report.distinct = seen.size;
  for (const n of seen.values()) {
    if (n > 1) report.repeated += 1;
    report.maxRepeat = Math.max(report.maxRepeat, n);
  }
  report.tooMany = report.count > GCS_MAX_EMOJI;
  return report;
}
