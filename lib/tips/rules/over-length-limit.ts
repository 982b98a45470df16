import { defineRule } from '../types';
import { measureLength, type Platform } from '../../checks/length-limits';
import { SOCIAL_SITES, derived } from '../helpers';

/** The post is longer than the platform allows (counted the platform's way: X weighs URLs and emoji). */
export default defineRule({
  id: 'over-length-limit',
  tip: 'length.over-limit',
  sites: SOCIAL_SITES,
  contexts: '*',
  priority: 20,
  when: ({ site, content }) =>
    derived(content, `length:${site}`, (c) => measureLength(c.text, site as Platform, c.limit ? { limit: c.limit } : {}).over),
  anchor: ['charCounter', 'composeBox', 'replyBox'],
});
