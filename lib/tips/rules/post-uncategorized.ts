import { defineRule } from '../types';
import { countWords } from '../../checks/words';

const UNCATEGORISED = /^uncategori[sz]ed$/i;

/**
 * A post left in WordPress's default category ("Uncategorized") or in none. Only when the editor shows its
 * categories (a collapsed panel tells us nothing, and silence is better than a wrong tip), and only once there is
 * a post to file: words or an image in the body, or the pre-publish panel open. An empty new post has nothing to
 * categorise yet, and the classic editor ticks the default category on every new post.
 *
 * The WordPress adapter says which ticked category is the default (`extra.uncategorized`: by term id, or by its
 * name in the admin's language); without it, the English name decides.
 */
export default defineRule({
  id: 'post-uncategorized',
  tip: 'wp.category.uncategorized',
  sites: ['wordpress', 'wordpress.com'],
  contexts: ['wp.block-editor', 'wp.classic-editor'],
  when: ({ content }) => {
    if (!content.categories) return false;
    const hasPost = countWords(content.text) > 0 || content.images.length > 0 || content.extra?.prePublishOpen === true;
    if (!hasPost) return false;
    const known = content.extra?.uncategorized;
    if (typeof known === 'boolean') return known;
    return content.categories.every((c) => UNCATEGORISED.test(c.trim()));
  },
  anchor: 'categoriesPanel',
  followedBy: 'category.set',
});
