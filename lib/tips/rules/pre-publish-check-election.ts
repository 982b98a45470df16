import { defineRule } from '../types';
import { allText } from '../helpers';

/** Today (the learner's local calendar day) falls within the dates they set, inclusive. */
export function inPreElectionPeriod(period: { start: string; end: string } | undefined, now: Date): boolean {
  if (!period) return false;
  const p = (n: number) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
  return today >= period.start && today <= period.end;
}

/** The pre-publish check during the pre-election period: the usual questions plus the election ones. */
export default defineRule({
  id: 'pre-publish-check-election',
  tip: 'wp.pre-publish.check-election',
  sites: ['wordpress', 'wordpress.com'],
  contexts: ['wp.block-editor'],
  priority: 10,
  oncePerPage: true,
  when: ({ content, preElection, now }) => allText(content).trim() !== '' && inPreElectionPeriod(preElection, now),
  anchor: 'prePublishPanel',
  followedBy: 'post.published',
});
