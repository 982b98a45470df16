import { defineRule } from '../types';
import { SOCIAL_SITES, emojiOf } from '../helpers';

/** More than three emoji (GCS): each one is read out by name. */
export default defineRule({
  id: 'too-many-emoji',
  tip: 'emoji.too-many',
  sites: SOCIAL_SITES,
  contexts: '*',
  when: ({ content }) => emojiOf(content).tooMany,
  anchor: ['composeBox', 'replyBox'],
});
