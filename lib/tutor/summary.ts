/**
 * The coach panel's check results: what our checks say about what the learner is writing, as a few lines with a
 * traffic-light rating. Numbers only (never the learner's words), worded by the overlay's strings.
 * Computed only while the panel is open.
 */
import type { SiteKind } from '../practice/schema';
import type { ContentSnapshot } from '../sites/types';
import type { CheckLine, CheckRating } from '../overlay/types';
import { GOVUK_SENTENCE_MAX_WORDS } from '../checks/sentences';
import { readingEase } from '../checks/readability';
import { countWords } from '../checks/words';
import {
  derived, emojiOf, hashtagsOf, imagesOf, isSocial, lengthOf, linkCount, linksOf, personalDataOf, sentencesOf, wordsToAvoidOf,
} from '../tips/helpers';
import { GCS_MAX_EMOJI } from '../checks/emoji';

const rate = (good: boolean, poor: boolean): CheckRating => (poor ? 'poor' : good ? 'good' : 'ok');

export function summarise(site: SiteKind, content: ContentSnapshot): CheckLine[] {
  const lines: CheckLine[] = [];
  const words = countWords(content.text);
  lines.push({ id: 'words', message: 'check.words', params: { count: words }, rating: 'info' });
  if (words === 0) return lines;

  const s = sentencesOf(content);
  if (s.sentenceCount > 0) {
    lines.push({
      id: 'longest-sentence',
      message: 'check.longestSentence',
      params: { words: s.longestWords, max: GOVUK_SENTENCE_MAX_WORDS },
      rating: rate(s.longestWords <= GOVUK_SENTENCE_MAX_WORDS, s.longestWords > GOVUK_SENTENCE_MAX_WORDS),
    });
  }
  const social = isSocial(site);
  if (!social) {
    const r = derived(content, 'reading-ease', (c) => readingEase(c.text));
    if (r.score !== null && r.rating) {
      lines.push({ id: 'reading-ease', message: 'check.readingEase', params: { score: Math.round(r.score) }, rating: r.rating });
    }
  }
  const avoid = wordsToAvoidOf(content).length;
  lines.push({ id: 'words-to-avoid', message: 'check.wordsToAvoid', params: { count: avoid }, rating: avoid === 0 ? 'good' : 'ok' });

  const images = imagesOf(content);
  if (images.total > 0) {
    const missing = social ? images.missing + images.decorative : images.missing;
    lines.push({ id: 'alt-text', message: 'check.altText', params: { missing, total: images.total }, rating: rate(missing === 0, missing > 0) });
  }
  if (!social && content.links.length > 0) {
    const l = linksOf(content);
    const unclear = l.vague + l.urlAsText + l.empty;
    lines.push({ id: 'link-text', message: 'check.linkText', params: { unclear, total: l.total }, rating: rate(unclear === 0, unclear > 0) });
  }
  if (social) {
    const links = linkCount(content);
    if (links > 0) lines.push({ id: 'links', message: 'check.links', params: { count: links }, rating: rate(links <= 1, links > 1) });
    const h = hashtagsOf(content);
    if (h.count > 0) {
      lines.push({ id: 'hashtags', message: 'check.hashtags', params: { count: h.count, notCamelCase: h.notCamelCase, inline: h.inline }, rating: rate(!h.tooMany && h.camelCaseOk && h.inline === 0, h.tooMany) });
    }
    const e = emojiOf(content);
    if (e.count > 0) lines.push({ id: 'emoji', message: 'check.emoji', params: { count: e.count, max: GCS_MAX_EMOJI }, rating: rate(!e.tooMany, e.tooMany) });
    const len = lengthOf(site, content);
    lines.push({ id: 'length', message: 'check.length', params: { used: len.used, limit: len.limit }, rating: rate(len.remaining >= len.limit * 0.1, len.over) });
  }
  const personal = personalDataOf(content).matches.filter((m) => m.kind !== 'landline' && !(m.kind === 'email' && m.role)).length;
  if (personal > 0) lines.push({ id: 'personal-data', message: 'check.personalData', params: { count: personal }, rating: 'poor' });
  return lines;
}
