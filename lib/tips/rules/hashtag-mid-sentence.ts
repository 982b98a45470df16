import { defineRule } from '../types';
import { SOCIAL_SITES, hashtagsOf } from '../helpers';

/** Hashtags inside the sentences rather than at the end: they interrupt reading aloud. */
export default defineRule({
  id: 'hashtag-mid-sentence',
  tip: 'hashtags.at-the-end',
  sites: SOCIAL_SITES,
  contexts: '*',
  when: ({ content }) => hashtagsOf(content).inline > 0,
  anchor: ['hashtags', 'composeBox', 'replyBox'],
});
