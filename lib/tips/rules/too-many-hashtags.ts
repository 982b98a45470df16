import { defineRule } from '../types';
import { SOCIAL_SITES, hashtagsOf } from '../helpers';

/** More than two hashtags (GCS accessible social media guidance). */
export default defineRule({
  id: 'too-many-hashtags',
  tip: 'hashtags.too-many',
  sites: SOCIAL_SITES,
  contexts: '*',
  when: ({ content }) => hashtagsOf(content).tooMany,
  anchor: ['hashtags', 'composeBox', 'replyBox'],
});
