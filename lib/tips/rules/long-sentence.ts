import { defineRule } from '../types';
import { longSentenceCount } from '../helpers';

/** A sentence over 25 words (GOV.UK: readers understand far fewer of them). Any site, any screen with text. */
export default defineRule({
  id: 'long-sentence',
  tip: 'plain-english.long-sentence',
  sites: '*',
  contexts: '*',
  when: ({ content }) => longSentenceCount(content) > 0,
  anchor: ['longSentence', 'contentArea', 'composeBox', 'replyBox', 'commentReplyBox'],
});
