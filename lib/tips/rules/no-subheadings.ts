import { defineRule } from '../types';
import { BLOG_SITES } from '../helpers';
import { countWords } from '../../checks/words';
import { YOAST_SUBHEADINGS_NEEDED_OVER } from '../../checks/structure';

/** A post over 300 words with no subheading: readers scan, and screen reader users jump from heading to heading. */
export default defineRule({
  id: 'no-subheadings',
  tip: 'structure.no-subheadings',
  sites: BLOG_SITES,
  contexts: '*',
  when: ({ content }) => content.headings.length === 0 && countWords(content.text) > YOAST_SUBHEADINGS_NEEDED_OVER,
  anchor: ['contentArea', 'editorCanvas'],
  followedBy: 'heading.added',
});
