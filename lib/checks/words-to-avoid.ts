/**
 * Words and phrases to avoid, with a plainer way to say each. Our own list, written for public servants in the
 * spirit of GOV.UK's content design guidance ("words to avoid"): jargon, Latinate verbs and padding that hide
 * what is meant. Matching is whole-word and case-insensitive, and covers the inflections listed in each pattern
 * ("utilising", "leveraged"). Where a word is fine in one sense and vague in another, the pattern only matches
 * the vague use ("foster" a culture, not foster carers; "deliver" improvements, not leaflets or services).
 */
import { findLinksAndEmails, maskSpans, type Span } from './urls';

export interface WordToAvoid {
  /** Stable id: the word as a learner would look it up. */
  id: string;
  /** Plainer alternatives, best first. */
  plain: readonly string[];
  /** Regex source (no capturing groups); a space matches any whitespace. Matched whole-word, case-insensitive. */
  pattern: string;
}

/** Our plain-English list (source: own wording, after GOV.UK content design's "words to avoid"). */
export const WORDS_TO_AVOID: readonly WordToAvoid[] = [
  { id: 'utilise', plain: ['use'], pattern: 'utili[sz](?:e|es|ed|ing|ation)' },
  { id: 'facilitate', plain: ['help', 'make easier', 'run'], pattern: 'facilitat(?:e|es|ed|ing|ion)' },
  { id: 'going forward', plain: ['from now on', 'in future', 'later'], pattern: '(?:going|moving) forward(?! to(?!\\p{L}))' },
  { id: 'leverage', plain: ['use', 'build on'], pattern: 'leverag(?:e|es|ed|ing)' },
  { id: 'robust', plain: ['strong', 'thorough'], pattern: 'robust(?:ly)?' },
  { id: 'streamline', plain: ['simplify', 'cut steps from'], pattern: 'streamlin(?:e|es|ed|ing)' },
  { id: 'collaborate', plain: ['work with', 'work together'], pattern: 'collaborat(?:e|es|ed|ing|ion|ive|ively)' },
  {
    id: 'deliver',
    plain: ['make', 'do', 'say what you will do'],
    pattern:
      'deliver(?:s|ed|ing)? (?:the |our |these |real )?(?:outcomes?|improvements?|change|value|savings|priorities|objectives|strategy|strategies|transformation|benefits|vision|ambitions?)',
  },
  {
    id: 'impact',
    plain: ['affect', 'change'],
    pattern: 'impacted|impacting|(?:will|would|may|might|could|can|to|not|negatively|positively|directly|adversely) impact(?! of)',
  },
  {
    id: 'key',
    plain: ['important', 'main', 'or leave it out'],
    pattern:
      'key (?:priorit(?:y|ies)|stakeholders?|objectives?|deliverables?|themes?|areas?|issues?|messages?|drivers?|outcomes?|partners?|players?|enablers?)',
  },
  { id: 'stakeholders', plain: ['name the people or groups you mean'], pattern: 'stakeholders?' },
  { id: 'commence', plain: ['start', 'begin'], pattern: 'commenc(?:e|es|ed|ing|ement)' },
  { id: 'in order to', plain: ['to'], pattern: 'in order to' },
  { id: 'prior to', plain: ['before'], pattern: 'prior to' },
  { id: 'with regard to', plain: ['about', 'on'], pattern: '(?:with|in) regards? to' },
  { id: 'in relation to', plain: ['about'], pattern: 'in relation to' },
  { id: 'at this point in time', plain: ['now'], pattern: 'at this (?:point|moment) in time' },
  { id: 'endeavour', plain: ['try'], pattern: 'endeavou?r(?:s|ed|ing)?' },
  { id: 'ascertain', plain: ['find out', 'check'], pattern: 'ascertain(?:s|ed|ing)?' },
  { id: 'assist', plain: ['help'], pattern: 'assist(?:s|ed|ing|ance)?' },
  { id: 'purchase', plain: ['buy'], pattern: 'purchas(?:e|es|ed|ing)' },
  { id: 'additional', plain: ['more', 'extra', 'also'], pattern: 'additional(?:ly)?' },
  { id: 'numerous', plain: ['many'], pattern: 'numerous' },
  { id: 'approximately', plain: ['about', 'around'], pattern: 'approximately' },
  { id: 'sufficient', plain: ['enough', 'not enough'], pattern: '(?:in)?sufficient(?:ly)?' },
  { id: 'in the event of', plain: ['if'], pattern: 'in the event (?:of|that)' },
  { id: 'notwithstanding', plain: ['despite', 'even though'], pattern: 'notwithstanding' },
  { id: 'deem', plain: ['think', 'consider', 'decide'], pattern: 'deem(?:s|ed|ing)?' },
  { id: 'empower', plain: ['let', 'allow', 'help'], pattern: 'empower(?:s|ed|ing|ment)?' },
  { id: 'synergy', plain: ['working together'], pattern: 'synerg(?:y|ies|istic)' },
  { id: 'holistic', plain: ['whole', 'complete', 'joined-up'], pattern: 'holistic(?:ally)?' },
  { id: 'paradigm', plain: ['model', 'way of thinking'], pattern: 'paradigms?' },
  { id: 'best practice', plain: ['what works well', 'good examples'], pattern: 'best practices?' },
  { id: 'incentivise', plain: ['encourage', 'reward'], pattern: 'incentivi[sz](?:e|es|ed|ing)' },
  { id: 'dialogue', plain: ['talk', 'discussion'], pattern: 'dialogues?' },
  { id: 'tackle', plain: ['deal with', 'solve', 'stop'], pattern: 'tackl(?:e|es|ed|ing)' },
  {
    id: 'foster',
    plain: ['encourage', 'support', 'build'],
    pattern:
      'foster(?:s|ed|ing)? (?:a |an |the |our |closer |stronger )?(?:culture|collaboration|innovation|growth|engagement|relationships?|partnerships?|co-?operation|links?|understanding|environment)',
  },
  { id: 'overarching', plain: ['main', 'overall'], pattern: 'overarching' },
  { id: 'transform', plain: ['change', 'improve', 'say what will change'], pattern: 'transform(?:s|ed|ing|ation|ational|ative)?' },
  { id: 'in conjunction with', plain: ['with', 'and'], pattern: 'in conjunction with' },
  { id: 'a number of', plain: ['some', 'several', 'many', 'or give the number'], pattern: 'a (?:large |small |significant )?number of' },
  { id: 'whilst', plain: ['while'], pattern: 'whilst' },
  { id: 'amongst', plain: ['among'], pattern: 'amongst' },
  { id: 'in due course', plain: ['later', 'soon', 'or give the date'], pattern: 'in due course' },
  { id: 'touch base', plain: ['talk', 'meet', 'get in touch'], pattern: 'touch(?:es|ed|ing)? base' },
  { id: 'reach out', plain: ['contact', 'ask'], pattern: 'reach(?:es|ed|ing)? out (?:to|for)' },
  { id: 'upskill', plain: ['train', 'learn'], pattern: 'up-?skill(?:s|ed|ing)?' },
  { id: 'pursuant to', plain: ['under'], pattern: 'pursuant to' },
  { id: 'thereafter', plain: ['after that', 'then'], pattern: 'thereafter' },
  {
    id: 'on a daily basis',
    plain: ['daily', 'weekly', 'regularly'],
    pattern: 'on an? (?:daily|weekly|monthly|yearly|annual|regular|ongoing|case-by-case) basis',
  },
  {
    id: 'agenda',
    plain: ['plan', 'priorities', 'say what you will do'],
    pattern: '(?:policy|political|reform|digital|growth|transformation|green|levelling up|inclusion|net zero) agenda',
  },
  {
    id: 'progress',
    plain: ['move forward', 'work on', 'say what you are doing'],
    pattern: 'progress(?:es|ed|ing)? (?:the|this|that|these|those|our|your|their|work|plans?|matters?)',
  },
  { id: 'ongoing', plain: ['continuing', 'or leave it out'], pattern: 'on-?going' },
  { id: 'initiate', plain: ['start', 'begin'], pattern: 'initiat(?:e|es|ed|ing)' },
  { id: 'in accordance with', plain: ['under', 'following', 'as'], pattern: 'in accordance with' },
  { id: 'obtain', plain: ['get'], pattern: 'obtain(?:s|ed|ing)?' },
  { id: 'disseminate', plain: ['share', 'spread'], pattern: 'disseminat(?:e|es|ed|ing|ion)' },
  { id: 'optimise', plain: ['improve', 'make the best of'], pattern: 'optimi[sz](?:e|es|ed|ing|ation)' },
  { id: 'proactive', plain: ['early', 'before things happen'], pattern: 'pro-?active(?:ly)?' },
];

const BY_ID = new Map(WORDS_TO_AVOID.map((w) => [w.id, w]));

/** The list entry for an id (for a tip to show its plainer alternatives). */
export function wordToAvoid(id: string): WordToAvoid | undefined {
  return BY_ID.get(id);
}

// One pass over the text: every entry is a capturing group of one alternation, so the group that matched names
// the entry. Entries hold no capturing groups of their own (a test keeps that true).
let combined: RegExp | undefined;
function combinedPattern(): RegExp {
  combined ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${WORDS_TO_AVOID.map((w) => `(${w.pattern.replace(/ /g, '\\s+')})`).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return combined;
}

export interface WordToAvoidHit extends Span {
  /** Which entry of WORDS_TO_AVOID. */
  id: string;
}

/** Every word or phrase from the list, in text order (URLs and e-mail addresses are skipped). */
export function findWordsToAvoid(text: string): WordToAvoidHit[] {
  const masked = maskSpans(text, findLinksAndEmails(text), ' ');
  const hits: WordToAvoidHit[] = [];
  for (const m of masked.matchAll(combinedPattern())) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const entry = WORDS_TO_AVOID[group - 1];
    if (entry) hits.push({ id: entry.id, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
