import { defineRule } from '../types';
import { allText } from '../helpers';
import { inPreElectionPeriod } from './pre-publish-check-election';

/**
 * The block editor's pre-publish panel ("Are you ready to publish?") is the moment for a short check: plain
 * English, alt text, link text. The anchor exists only while the panel is open, so the tip waits for that moment.
 * In the pre-election period the election version of this check takes its place.
 */
export default defineRule({
  id: 'pre-publish-check',
  tip: 'wp.pre-publish.check',
  sites: ['wordpress', 'wordpress.com'],
  contexts: ['wp.block-editor'],
  priority: 10,
  oncePerPage: true,
  when: ({ content, preElection, now }) => allText(content).trim() !== '' && !inPreElectionPeriod(preElection, now),
  anchor: 'prePublishPanel',
  followedBy: 'post.published',
});
