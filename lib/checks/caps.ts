/**
 * ALL CAPS. Capitals are harder to read (word shapes disappear), read as shouting, and some screen readers spell
 * short capitalised words letter by letter. Sa11y and Editoria11y flag all-caps text. We flag words of 4 letters
 * or more written wholly in capitals, except known acronyms, and report the longest run of capitalised words
 * ("PLEASE READ THIS NOW" is a run of 4).
 */
import { findLinksAndEmails, maskSpans, type Span } from './urls';

/** Our threshold: a capitalised word this long or longer is shouting, shorter ones are likely acronyms. */
export const CAPS_MIN_LETTERS = 4;
/** Our threshold: this many capitalised words in a row reads as a shouted phrase. */
export const CAPS_RUN_WORDS = 3;

/** Acronyms of 4 letters or more common in UK public-sector writing: never flagged. Our own list. */
export const CAPS_ACRONYMS: ReadonlySet<string> = new Set(
  (
    'COVID NATO UNICEF UNESCO NASA HMRC DVLA DVSA GDPR SEND CAMHS NICE OFSTED ASAP FAQS HTML WCAG CCTV RNLI RSPCA ' +
    'NSPCC HMPPS DEFRA DHSC DLUHC MHCLG FCDO UKHSA BAME LGBT LGBTQ LGBTQI AONB SSSI ESOL GCSE GCSES BTEC UCAS NEET ' +
    'EHCP ASBO PCSO FOIA ULEZ IPCC UNFCCC NHSE NIHR MIND ACAS CIPD CIPR SOLACE ADASS ADCS WLGA COSLA NILGA CCBC ' +
    'SPAD SPADS QUANGO MOOC SMART OKRS KPIS API APIS HTTP HTTPS JPEG PDFS EMAS UKRI URL URLS OPCW WHO WIFI WI-FI ' +
    'ATAC ATOC TFGM TFWM TFL TFW SEPA SNAP MSPS CEDAW CRPD UNCRC'
  ).split(' '),
);

export interface CapsRun extends Span {
  words: number;
}

export interface CapsReport {
  /** Words (runs of letters) looked at. */
  words: number;
  /** Capitalised words of 4+ letters that are not known acronyms. */
  capsWords: number;
  /** capsWords ÷ words (0 with no words). */
  share: number;
  /** Where each flagged word is. */
  flagged: Span[];
  /** Runs of 3 or more capitalised words in a row that hold at least one flagged word. */
  runs: CapsRun[];
  /** The most capitalised words in a row around a flagged word (0 when none is flagged). */
  longestRun: number;
}

// Letter runs, with inner apostrophes and hyphens ("DON'T", "WI-FI"); digits end a word ("COVID19" → "COVID").
const WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*/gu;

/** Find shouting: capitalised words and runs of them. Hashtags, mentions, URLs and e-mails are skipped. */
export function checkCaps(text: string): CapsReport {
  const masked = maskSpans(text, findLinksAndEmails(text), ' ');
  const flagged: Span[] = [];
  const runs: CapsRun[] = [];
  let words = 0;
  let longestRun = 0;
  // The current run of capitalised words (any length, "A" and "I" aside) and whether it holds a flagged word.
  let run: { start: number; end: number; words: number; hasFlagged: boolean } | null = null;
  const closeRun = () => {
    if (run?.hasFlagged) {
      longestRun = Math.max(longestRun, run.words);
      if (run.words >= CAPS_RUN_WORDS) runs.push({ start: run.start, end: run.end, words: run.words });
    }
    run = null;
  };
  let prevEnd = 0;
  for (const m of masked.matchAll(WORD)) {
    const before = masked[m.index - 1];
    if (before === '#' || before === '@' || before === '＃') continue;
    words += 1;
    const w = m[0];
    const end = m.index + w.length;
    // A sentence break or line break between two words ends a run: "NOW. Then" is not one phrase.
    if (run && /[.!?\n]/u.test(masked.slice(prevEnd, m.index))) closeRun();
    prevEnd = end;
    const letters = w.replace(/['’\-]/g, '');
    const isCaps = /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
    if (!isCaps) {
      closeRun();
      continue;
    }
    // "A" and "I" carry on a capitalised run ("THIS IS A TEST") but do not start one.
    if ([...letters].length === 1 && !run) continue;
    const isFlagged = [...letters].length >= CAPS_MIN_LETTERS && !CAPS_ACRONYMS.has(w.toUpperCase()) && !CAPS_ACRONYMS.has(letters);
    if (isFlagged) flagged.push({ start: m.index, end });
    if (!run) run = { start: m.index, end, words: 0, hasFlagged: false };
    run.end = end;
    run.words += 1;
    run.hasFlagged ||= isFlagged;
  }
  closeRun();
  return { words, capsWords: flagged.length, share: words === 0 ? 0 : flagged.length / words, flagged, runs, longestRun };
}
