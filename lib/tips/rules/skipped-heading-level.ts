import { defineRule } from '../types';
import { BLOG_SITES, derived } from '../helpers';
import { checkHeadings } from '../../checks/headings';

/**
 * A heading that skips a level (an h4 straight after an h2, or an h3 as the first heading under the post's h1
 * title). The adapter's headingBlock finder points at the first heading that skips.
 */
export default defineRule({
  id: 'skipped-heading-level',
  tip: 'structure.skipped-heading',
  sites: BLOG_SITES,
  contexts: '*',
  when: ({ content }) => derived(content, 'headings', (c) => checkHeadings(c.headings)).skipped.length > 0,
  anchor: ['headingBlock', 'contentArea'],
});
