import { defineRule } from '../types';
import { CAPS_RUN_WORDS } from '../../checks/caps';
import { capsOf } from '../helpers';

/** Words in capitals (not acronyms): a run of three or more, or three such words anywhere. */
export default defineRule({
  id: 'all-caps',
  tip: 'caps.all-caps',
  sites: '*',
  contexts: '*',
  when: ({ content }) => {
    const r = capsOf(content);
    return r.longestRun >= CAPS_RUN_WORDS || r.capsWords >= CAPS_RUN_WORDS;
  },
  anchor: ['composeBox', 'replyBox', 'contentArea', 'titleField', 'commentReplyBox'],
});
