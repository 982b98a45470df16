import { defineRule } from '../types';
import { countWords } from '../../checks/words';

/**
 * Titles that say nothing about the post: "Update", "News", "Blog post 3". A reader scanning search results or
 * a list of posts decides from the title alone (GOV.UK: titles are the first thing users see). Checked once the
 * post has words, so the learner is not told off while still typing the title of an empty post.
 */
export const VAGUE_TITLES: ReadonlySet<string> = new Set([
  'announcement',
  'blog',
  'blog post',
  'draft',
  'hello world',
  'information',
  'latest news',
  'new post',
  'news',
  'news update',
  'newsletter',
  'post',
  'test',
  'untitled',
  'update',
  'updates',
  'welcome',
]);

/** The title in lower case with its punctuation and trailing numbers removed ("Update #3!" → "update"). */
export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\b\d+\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Vague: on the list, or one word long (a single word rarely tells a reader what the post says). */
export function isVagueTitle(title: string): boolean {
  const t = normaliseTitle(title);
  if (t === '') return title.trim() !== '';
  return VAGUE_TITLES.has(t) || countWords(t) < 2;
}

export default defineRule({
  id: 'post-title-vague',
  tip: 'wp.title.vague',
  sites: ['wordpress', 'wordpress.com'],
  contexts: ['wp.block-editor', 'wp.classic-editor'],
  priority: 12,
  when: ({ content }) => (content.title ?? '').trim() !== '' && countWords(content.text) > 0 && isVagueTitle(content.title ?? ''),
  anchor: ['titleField', 'publishButton'],
});
