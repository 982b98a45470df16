import { defineRule } from '../types';
import { SOCIAL_SITES, lengthOf } from '../helpers';

/** The post is longer than the platform allows (counted the platform's way: X weighs URLs and emoji). */
export default defineRule({
  id: 'over-length-limit',
  tip: 'length.over-limit',
  sites: SOCIAL_SITES,
  contexts: '*',
  priority: 20,
  when: ({ site, content }) => lengthOf(site, content).over,
  anchor: ['charCounter', 'composeBox', 'replyBox'],
});
