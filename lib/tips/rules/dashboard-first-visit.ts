import { defineRule } from '../types';

/**
 * The Dashboard, for someone new to WordPress: where posts, media and comments are. Shown once per visit until the
 * learner has published a post (the log's count of "publishing" practice), after which they know their way.
 */
export default defineRule({
  id: 'dashboard-first-visit',
  tip: 'wp.dashboard.where-things-are',
  sites: ['wordpress', 'wordpress.com'],
  contexts: ['wp.dashboard'],
  oncePerPage: true,
  when: ({ practised }) => practised('publishing') === 0,
  anchor: 'adminMenu',
});
