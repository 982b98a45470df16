import { defineRule } from '../types';
import { BLOG_SITES, linksOf } from '../helpers';

/**
 * Link text such as "click here" or "read more". Blogs only: social posts show addresses, not link text.
 */
export default defineRule({
  id: 'vague-link-text',
  tip: 'links.vague-text',
  sites: BLOG_SITES,
  contexts: '*',
  when: ({ content }) => linksOf(content).vague > 0,
  anchor: ['linkBlock', 'contentArea'],
  followedBy: 'link.text-improved',
});
