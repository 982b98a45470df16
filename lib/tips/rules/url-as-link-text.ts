import { defineRule } from '../types';
import { BLOG_SITES, linksOf } from '../helpers';

/** A web address used as a link's text. Blogs only (see vague-link-text). */
export default defineRule({
  id: 'url-as-link-text',
  tip: 'links.url-as-text',
  sites: BLOG_SITES,
  contexts: '*',
  when: ({ content }) => linksOf(content).urlAsText > 0,
  anchor: ['linkBlock', 'contentArea'],
  followedBy: 'link.text-improved',
});
