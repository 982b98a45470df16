/**
 * Hashtags. The UK Government Communication Service's accessible social media guidance: at most 2 hashtags, at
 * the end of the post, in CamelCase (#LocalGov, not #localgov) so screen readers say the words rather than one
 * long garbled one.
 *
 * CamelCase heuristic (we cannot know every word a tag holds, so we flag only what is very likely several words
 * run together):
 * - a tag with a capital after its first letter (#LocalGov, #NHSWales) is fine;
 * - an all-capitals tag is fine up to 6 letters (#NHS, #COVID, #WALES) and flagged above (#LOCALGOV);
 * - an all-lower-case tag (or one with only its first letter capital: #Localgovernment) is flagged when it splits
 *   wholly into two or more words from our small list of words common in public-sector tags (#localgov,
 *   #haveyoursay, #binday), or when it has 16 letters or more (few single words are that long);
 * - so single words stay fine: #wales, #recycling, #consultation, #Cardiff, and so do closed compounds in the
 *   list (#wellbeing, #heatwave), which a screen reader says as one word anyway.
 * Letters separated by digits or underscores are judged as separate runs (#covid19vaccine: "covid", "vaccine").
 */
import { findUrls, maskSpans, type Span } from './urls';

/** GCS accessible social media guidance: at most this many hashtags in a post. */
export const GCS_MAX_HASHTAGS = 2;
/** Our heuristic: an all-lower-case run of this many letters or more is taken to be several words. */
export const LOWERCASE_TAG_LONG_LETTERS = 16;
/** Our heuristic: an all-capitals tag longer than this many letters is hard to read and may be spelt out. */
export const ALL_CAPS_TAG_MAX_LETTERS = 6;

/**
 * Words common in public-sector hashtags, for spotting lower-case tags that are several words run together.
 * Our own list. Short everyday words that would split ordinary words ("to", "her" in "together", "net" in
 * "network") are left out; parts under 3 letters are only the few that are words in tags of their own (uk, gp).
 */
const TAG_WORDS = new Set(
  (
    'local gov govt government council councils councillor health care social media public sector service services ' +
    'digital news day days week weeks month year community communities climate change mental women womens men mens ' +
    'international national world awareness vote votes voting election elections bin bins recycling recycle waste ' +
    'food library libraries school schools job jobs career careers work working housing home homes road roads ' +
    'safety safe traffic travel transport bus buses rail train park parks green energy cost living help support ' +
    'young youth people older adult adults child children family families carer carers hour time data open policy ' +
    'team staff nurse nurses doctor doctors gp hospital hospitals vaccine vaccines flu jab jabs covid winter summer ' +
    'spring autumn festival event events fun free small business businesses shop shops high street town city ' +
    'county borough wales cymru scotland england london cardiff uk civil servant servants comms communication ' +
    'communications plain english welsh accessible accessibility inclusion inclusive diversity pride black history ' +
    'heritage arts sport sports active walk walking cycle cycling zero carbon flood floods flooding storm ' +
    'alert alerts update updates consultation have your say get involved our the and love thank thanks you happy ' +
    'new good best blog life kind kindness volunteer volunteers volunteering armed forces veterans remembrance ' +
    'christmas easter eid diwali month pension pensions benefit benefits tax council energy saving save money ' +
    'cost living older friendly dementia autism disability disabled learning skills apprentice apprenticeship ' +
    'apprenticeships graduate graduates water air quality clean street streets litter fly tipping planning ' +
    'budget budgets democracy register registered elector electoral student students teacher teachers education ' +
    'ambulance police fire rescue emergency emergencies service nhs wellbeing gov digital tech data ' +
    'open innovation smart sustainable sustainability nature wildlife tree trees garden gardens beach beaches coast ' +
    'coastal river rivers heat wave heatwave cold snow ice gritting grit ' +
    // Closed compounds that are one word: listed whole so that they are not read as two run together.
    'healthcare childcare homecare daycare homework network artwork teamwork workshop workshops lifetime daytime'
  ).split(' '),
);
const MAX_WORD = Math.max(...[...TAG_WORDS].map((w) => w.length));

/**
 * Can the lower-case run be split wholly into two or more words of the list? Only called on runs shorter than
 * LOWERCASE_TAG_LONG_LETTERS, so the quadratic search stays tiny.
 */
function splitsIntoTagWords(run: string): boolean {
  for (let k = 2; k <= run.length - 2; k += 1) {
    if (TAG_WORDS.has(run.slice(0, k)) && coverable(run.slice(k))) return true;
  }
  return false;
}

function coverable(rest: string): boolean {
  const ok = new Array<boolean>(rest.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < rest.length; i += 1) {
    if (!ok[i]) continue;
    for (let j = i + 2; j <= Math.min(rest.length, i + MAX_WORD); j += 1) if (TAG_WORDS.has(rest.slice(i, j))) ok[j] = true;
  }
  return ok[rest.length]!;
}

export type TagCaseProblem = 'lowercase-words' | 'all-caps';

/** Is the tag (without its #) readable by a screen reader? Returns the problem, or null when fine. */
export function hashtagCaseProblem(tag: string): TagCaseProblem | null {
  const runs = tag.match(/\p{L}+/gu) ?? [];
  for (const run of runs) {
    const chars = [...run];
    const hasLower = /\p{Ll}/u.test(run);
    if (!hasLower) {
      if (chars.length > ALL_CAPS_TAG_MAX_LETTERS && /\p{Lu}/u.test(run)) return 'all-caps';
      continue;
    }
    if (/\p{Lu}/u.test(chars.slice(1).join(''))) continue; // CamelCase (or mixed) already marks the words
    const lower = run.toLowerCase();
    if (TAG_WORDS.has(lower)) continue; // one word from the list ("wellbeing", "heatwave") reads fine
    if (chars.length >= LOWERCASE_TAG_LONG_LETTERS || splitsIntoTagWords(lower)) return 'lowercase-words';
  }
  return null;
}

export interface Hashtag extends Span {
  /** Letters in the tag. */
  letters: number;
  caseProblem: TagCaseProblem | null;
  /** In the closing block of tags at the end of the post, or inside the text. */
  position: 'trailing' | 'inline';
}

export interface HashtagReport {
  count: number;
  tags: Hashtag[];
  inline: number;
  trailing: number;
  /** Tags with a case problem. */
  notCamelCase: number;
  /** Every tag passes the CamelCase heuristic (true with no tags). */
  camelCaseOk: boolean;
  /** More than GCS's 2. */
  tooMany: boolean;
}

// A tag starts at # (or the full-width ＃) not glued to a word, an entity (&#39;) or another #; it must hold a letter.
const HASHTAG_RE = /(?<![\p{L}\p{M}\p{N}_&#＃\/])[#＃]([\p{L}\p{M}\p{N}_]{1,140})/gu;
const MENTION_RE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]{1,64}(?:@[\p{L}\p{N}.\-]{1,253})?/gu;

/** Find the hashtags of a post (never inside URLs) and judge each. */
export function checkHashtags(text: string): HashtagReport {
  const report: HashtagReport = { count: 0, tags: [], inline: 0, trailing: 0, notCamelCase: 0, camelCaseOk: true, tooMany: false };
  if (!text.includes('#') && !text.includes('＃')) return report;
  const urls = findUrls(text);
  const masked = maskSpans(text, urls);
  const found: { start: number; end: number; tag: string }[] = [];
  for (const m of masked.matchAll(HASHTAG_RE)) {
    const tag = m[1]!;
    if (!/\p{L}/u.test(tag)) continue; // "#1" is a number, not a tag
    found.push({ start: m.index, end: m.index + m[0].length, tag });
  }
  if (found.length === 0) return report;
  // The closing block: everything after the last word that is not a tag, mention or URL.
  const residue = maskSpans(
    maskSpans(text, [...urls, ...found], ' '),
    [...masked.matchAll(MENTION_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
    ' ',
  );
  let lastWordEnd = 0;
  for (const m of residue.matchAll(/[\p{L}\p{N}]+/gu)) lastWordEnd = m.index + m[0].length;
  for (const f of found) {
    const caseProblem = hashtagCaseProblem(f.tag);
    const position = f.start >= lastWordEnd ? 'trailing' : 'inline';
    report.tags.push({ start: f.start, end: f.end, letters: (f.tag.match(/\p{L}/gu) ?? []).length, caseProblem, position });
    if (position === 'inline') report.inline += 1;
    else report.trailing += 1;
    if (caseProblem) report.notCamelCase += 1;
  }
  report.count = found.length;
  report.camelCaseOk = report.notCamelCase === 0;
  report.tooMany = report.count > GCS_MAX_HASHTAGS;
  return report;
}
