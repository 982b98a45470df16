import { defineRule } from '../types';
import { BLOG_SITES, derived } from '../helpers';
import { checkParagraphs } from '../../checks/structure';

/**
 * A paragraph over 150 words (Yoast's threshold; GOV.UK asks for short paragraphs). Blogs only: a social post is
 * short by nature and has its own length rule.
 */
export default defineRule({
  id: 'long-paragraph',
  tip: 'structure.long-paragraph',
  sites: BLOG_SITES,
  contexts: '*',
  when: ({ content }) => derived(content, 'paragraphs', (c) => checkParagraphs(c.paragraphs)).overGood.length > 0,
  anchor: ['longParagraph', 'contentArea'],
});
