import { defineRule } from '../types';

const UNCATEGORISED = /^uncategori[sz]ed$/i;

/**
 * A post whose only category is WordPress's default "Uncategorized" (or none). Only when the editor shows its
 * categories: a collapsed panel tells us nothing, and silence is better than a wrong tip.
 */
export default defineRule({
  id: 'post-uncategorized',
  tip: 'wp.category.uncategorized',
  sites: ['wordpress', 'wordpress.com'],
  contexts: ['wp.block-editor', 'wp.classic-editor'],
  when: ({ content }) => {
    if (!content.categories) return false;
    return content.categories.every((c) => UNCATEGORISED.test(c.trim()));
  },
  anchor: 'categoriesPanel',
  followedBy: 'category.set',
});
