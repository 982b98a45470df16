import { defineRule } from '../types';
import { imagesOf } from '../helpers';

/** Alt text starting "image of…": screen readers already say it is an image. */
export default defineRule({
  id: 'alt-starts-image-of',
  tip: 'alt-text.image-of',
  sites: '*',
  contexts: '*',
  when: ({ content }) => imagesOf(content).problems['starts-image-of'] > 0,
  anchor: ['imageAltField', 'altTextButton'],
});
