import { defineRule } from '../types';
import { allText } from '../helpers';

/** ISO date (yyyy-mm-dd) of a Date, in local time: the learner set the dates in their own calendar. */
function localDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * During the pre-election period the learner has set in the options (inclusive dates), a reminder before they
 * publish anything. Once per page: it is a reminder, not a nag.
 */
export default defineRule({
  id: 'pre-election-period',
  tip: 'conduct.pre-election',
  sites: '*',
  contexts: '*',
  priority: 25,
  oncePerPage: true,
  when: ({ preElection, now, content }) => {
    if (!preElection) return false;
    const today = localDay(now);
    return today >= preElection.start && today <= preElection.end && allText(content).trim() !== '';
  },
  anchor: ['publishButton', 'postButton', 'composeBox', 'replyBox', 'commentReplyBox'],
});
