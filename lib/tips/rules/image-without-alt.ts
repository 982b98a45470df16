import { defineRule } from '../types';
import { imagesOf, isSocial } from '../helpers';

/**
 * An image with no alt text. On a blog an empty alt ('') is a deliberate "decorative" mark and is left alone; on
 * social sites there is no such mark, so an empty description counts as missing.
 */
export default defineRule({
  id: 'image-without-alt',
  tip: 'alt-text.missing',
  sites: '*',
  contexts: '*',
  priority: 20,
  when: ({ site, content }) => {
    const r = imagesOf(content);
    if (r.missing > 0) return true;
    return isSocial(site) && r.images.some((i) => i.status === 'decorative');
  },
  anchor: ['imageAltField', 'altTextButton'],
  followedBy: ['image.alt-added', 'social.alt-added'],
});
