/**
 * A passive-voice heuristic: a form of "to be" followed (after at most two adverbs such as "not", "being",
 * "currently") by a past participle — a word ending in "-ed" or one of the common irregular participles.
 * "Your bin will be emptied" and "the road was closed" are passive; "We are delighted" is not (a list of
 * feelings and adjectives ending in -ed is excluded).
 *
 * GOV.UK content design prefers the active voice because it says who does what. Thresholds: Yoast SEO rates at
 * most 10 % passive sentences as good and over 15 % as poor.
 */
import { splitSentences, type Rating, type SentenceSpan } from './sentences';
import { findLinksAndEmails, maskSpans, type Span } from './urls';
import { LETTER_WORD_RE } from './words';

/** Yoast SEO: at most this share of passive sentences is good. */
export const YOAST_PASSIVE_SHARE_GOOD_MAX = 0.1;
/** Yoast SEO: above this share of passive sentences is poor (between the two: ok). */
export const YOAST_PASSIVE_SHARE_POOR_OVER = 0.15;

const BE = new Set([
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't", "'re",
]);
/** Words allowed between "be" and the participle ("is not collected", "are now being emptied"). */
const GAP_WORDS = new Set([
  'not', 'never', 'also', 'now', 'still', 'already', 'just', 'being', 'often', 'usually', 'always', 'currently',
  'then', 'only', 'all', 'both', 'each', 'recently', 'regularly', 'normally', 'generally', 'sometimes', 'soon',
  'no', 'longer', 'further',
]);
// Common irregular past participles (our own list). Forms that are usually adjectives or intransitive after "be"
// ("gone", "come", "risen", "sat") are left out.
const IRREGULAR = new Set(
  (
    'arisen awoken beaten become begun bent bet bid bitten bled blown born borne broken bred brought built burnt ' +
    'burst bought caught chosen cost crept cut dealt dug done drawn dreamt drunk driven eaten fallen fed felt ' +
    'fought found fled flung flown forbidden forecast forgotten forgiven frozen given ground grown hung heard ' +
    'hidden hit held hurt kept knelt known laid led leant learnt left lent let lit lost made meant met mislaid ' +
    'misled overcome overrun overseen overtaken paid put quit read rebuilt redone rewritten rid ridden rung run ' +
    'said seen sought sold sent set sewn shaken shed shone shot shown shrunk shut sung sunk slain slept slid ' +
    'slung smelt sown spoken sped spelt spent spilt spun split spoilt spread sprung stolen stuck stung strewn ' +
    'struck sworn swept swollen swung taken taught torn told thought thrown thrust trodden understood ' +
    'undertaken undone upheld upset withdrawn withheld woken worn woven wept won wound written broadcast'
  ).split(' '),
);
// Words ending in -ed that are not participles, or are feelings/adjectives after "be" ("we are delighted").
const NOT_PARTICIPLE = new Set(
  (
    'bed red shed need seed speed feed breed greed weed deed freed indeed hundred sacred naked wicked ragged ' +
    'rugged beloved kindred wretched tired interested excited delighted pleased worried bored scared ' +
    'surprised amazed thrilled qualified experienced talented skilled detailed dedicated advanced crowded ' +
    'complicated sophisticated concerned determined prepared ashamed embarrassed frightened disappointed ' +
    'satisfied confused exhausted relieved overjoyed honoured honored privileged proud supposed'
  ).split(' '),
);

function isParticiple(w: string): boolean {
  if (IRREGULAR.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && !NOT_PARTICIPLE.has(w);
}

export interface PassiveHit extends Span {
  /** The sentence it is in. */
  sentence: number;
}

export interface PassiveReport {
  sentences: number;
  passiveSentences: number;
  /** Share (0–1) of sentences with at least one passive construction. */
  share: number;
  /** Each construction found, from the "be" word to the participle. */
  hits: PassiveHit[];
  rating: Rating;
}

/** Rate a share of passive sentences (0–1) the way Yoast does. */
export function ratePassiveShare(share: number): Rating {
  if (share <= YOAST_PASSIVE_SHARE_GOOD_MAX) return 'good';
  if (share <= YOAST_PASSIVE_SHARE_POOR_OVER) return 'ok';
  return 'poor';
}

/** Passive constructions in one stretch of text (offsets relative to it). */
export function findPassive(text: string): Span[] {
  const masked = maskSpans(text, findLinksAndEmails(text), ' ');
  const tokens = [...masked.matchAll(LETTER_WORD_RE)];
  const hits: Span[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const be = tokens[i]!;
    const w = be[0].toLowerCase().replace(/’/g, "'");
    // "they're" → the "be" part is the contraction.
    if (!BE.has(w) && !/'re$/.test(w)) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 3; j += 1) {
      const next = tokens[j]!;
      // Only words separated by spaces belong to the same phrase ("is. Closed" does not).
      const between = masked.slice(tokens[j - 1]!.index + tokens[j - 1]![0].length, next.index);
      if (!/^[\s,]*$/u.test(between)) break;
      const n = next[0].toLowerCase();
      if (isParticiple(n)) {
        hits.push({ start: be.index, end: next.index + next[0].length });
        i = j;
        break;
      }
      if (!(GAP_WORDS.has(n) || (n.endsWith('ly') && n.length > 3))) break;
    }
  }
  return hits;
}

/** The share of passive sentences in the text, and where each passive construction is. */
export function checkPassive(text: string, sentences: readonly SentenceSpan[] = splitSentences(text)): PassiveReport {
  const hits: PassiveHit[] = [];
  let passiveSentences = 0;
  for (const s of sentences) {
    const found = findPassive(text.slice(s.start, s.end));
    if (found.length > 0) passiveSentences += 1;
    for (const h of found) hits.push({ start: s.start + h.start, end: s.start + h.end, sentence: s.index });
  }
  const share = sentences.length === 0 ? 0 : passiveSentences / sentences.length;
  return { sentences: sentences.length, passiveSentences, share, hits, rating: ratePassiveShare(share) };
}
