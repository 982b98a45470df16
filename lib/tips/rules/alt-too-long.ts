import { defineRule } from '../types';
import { imagesOf } from '../helpers';

/** Alt text over 160 characters (Editoria11y's threshold): a long description belongs in the text or a caption. */
export default defineRule({
  id: 'alt-too-long',
  tip: 'alt-text.too-long',
  sites: '*',
  contexts: '*',
  when: ({ content }) => imagesOf(content).problems.long > 0,
  anchor: ['imageAltField', 'altTextButton'],
});
