import { defineRule } from '../types';
import { SOCIAL_SITES, hashtagsOf } from '../helpers';

/** A hashtag not in CamelCase (#localgov, not #LocalGov): screen readers cannot tell its words apart. */
export default defineRule({
  id: 'hashtag-camel-case',
  tip: 'hashtags.camel-case',
  sites: SOCIAL_SITES,
  contexts: '*',
  when: ({ content }) => !hashtagsOf(content).camelCaseOk,
  anchor: ['hashtags', 'composeBox', 'replyBox'],
});
