import { defineRule } from '../types';
import { wordsToAvoidOf } from '../helpers';

/** Jargon from our words-to-avoid list (lib/checks/words-to-avoid.ts), in the title or the body. */
export default defineRule({
  id: 'words-to-avoid',
  tip: 'plain-english.words-to-avoid',
  sites: '*',
  contexts: '*',
  when: ({ content }) => wordsToAvoidOf(content).length > 0,
  anchor: ['contentArea', 'composeBox', 'replyBox', 'commentReplyBox', 'titleField'],
});
