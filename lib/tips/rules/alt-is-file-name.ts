import { defineRule } from '../types';
import { imagesOf } from '../helpers';

/** Alt text that is the file's name or address ("IMG_2041.jpg"): it tells a listener nothing. */
export default defineRule({
  id: 'alt-is-file-name',
  tip: 'alt-text.file-name',
  sites: '*',
  contexts: '*',
  priority: 15,
  when: ({ content }) => {
    const p = imagesOf(content).problems;
    return p['file-name'] > 0 || p.url > 0 || p.placeholder > 0;
  },
  anchor: ['imageAltField', 'altTextButton'],
  followedBy: ['image.alt-added', 'social.alt-added'],
});
