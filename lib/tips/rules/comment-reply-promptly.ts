import { defineRule } from '../types';

/** Comments are waiting: answer soon and kindly. Shown on the comments list, once per visit. */
export default defineRule({
  id: 'comment-reply-promptly',
  tip: 'wp.comments.reply-promptly',
  sites: ['wordpress', 'wordpress.com'],
  contexts: ['wp.comments'],
  oncePerPage: true,
  when: ({ content }) => Number(content.extra?.pendingComments ?? 0) > 0,
  anchor: 'commentList',
  followedBy: 'comment.replied',
});
