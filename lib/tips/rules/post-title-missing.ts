import { defineRule } from '../types';
import { countWords } from '../../checks/words';

/**
 * A post with words but no title, while it is not yet published. Anchored to the publish button first: that is
 * where the learner is about to act (with the pre-publish panel open, the finder gives the panel's own Publish
 * button), and to the title field where there is no publish button on screen.
 */
export default defineRule({
  id: 'post-title-missing',
  tip: 'wp.title.missing',
  sites: ['wordpress', 'wordpress.com'],
  contexts: ['wp.block-editor', 'wp.classic-editor'],
  priority: 30,
  when: ({ content }) =>
    (content.title ?? '').trim() === '' && content.extra?.published !== true && (countWords(content.text) > 0 || content.images.length > 0),
  anchor: ['publishButton', 'titleField'],
  followedBy: 'post.published',
});
