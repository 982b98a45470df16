import { defineRule } from '../types';
import { SOCIAL_SITES, linkCount } from '../helpers';

/** More than one link in a social post (GCS accessible social media guidance: one clear link). */
export default defineRule({
  id: 'too-many-links',
  tip: 'links.one-per-post',
  sites: SOCIAL_SITES,
  contexts: '*',
  when: ({ content }) => linkCount(content) > 1,
  anchor: ['composeBox', 'replyBox'],
});
