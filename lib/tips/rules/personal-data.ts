import { defineRule } from '../types';
import { personalDataOf } from '../helpers';

/**
 * Personal data in something about to be public: a named person's e-mail address, a mobile number or a National
 * Insurance number. A role mailbox (enquiries@…) and a landline (usually the office's published number) are
 * left alone.
 */
export default defineRule({
  id: 'personal-data',
  tip: 'privacy.personal-data',
  sites: '*',
  contexts: '*',
  priority: 30,
  when: ({ content }) =>
    personalDataOf(content).matches.some((m) => m.kind === 'ni-number' || m.kind === 'mobile' || (m.kind === 'email' && !m.role)),
  anchor: ['composeBox', 'replyBox', 'contentArea', 'commentReplyBox'],
});
