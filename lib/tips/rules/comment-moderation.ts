import { defineRule } from '../types';

/** A comment waits for moderation: when to approve it, and when it is spam. Anchored to the first pending row. */
export default defineRule({
  id: 'comment-moderation',
  tip: 'wp.comments.moderate',
  sites: ['wordpress', 'wordpress.com'],
  contexts: ['wp.comments', 'wp.dashboard'],
  priority: 5,
  when: ({ content }) => Number(content.extra?.pendingComments ?? 0) > 0,
  anchor: 'pendingComment',
  followedBy: ['comment.approved', 'comment.spammed'],
});
