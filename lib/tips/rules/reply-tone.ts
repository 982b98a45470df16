import { defineRule } from '../types';

/** When the learner replies to someone (a comment, a post): a reminder about tone, once per page. */
export default defineRule({
  id: 'reply-tone',
  tip: 'conduct.reply-tone',
  sites: '*',
  contexts: '*',
  oncePerPage: true,
  when: ({ content }) => content.isReply === true,
  anchor: ['replyBox', 'commentReplyBox', 'composeBox'],
  followedBy: ['comment.replied', 'social.replied'],
});
