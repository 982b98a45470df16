import { describe, expect, it } from 'vitest';
import { emptyDraft, draftToBody, isEmptyDraft, withComment, withNote } from '../../../lib/feedback/drafts';
import { buildFeedbackFile } from '../../../lib/feedback/format';
import { commentsByEntry, mergeFeedback, overallNotes } from '../../../lib/feedback/inbox';

const E1 = '7d444840-9dc0-11d1-b245-5ffdce74fad2';
const E2 = '0b0e7f8e-3c7a-4d6b-9a56-2f0c1b7e9d11';

describe('drafts', () => {
  it('sets, replaces and removes comments; blank means remove', () => {
    let d = emptyDraft('l1', 'Alex');
    expect(isEmptyDraft(d)).toBe(true);
    d = withComment(d, E1, 'Nice', 10);
    d = withComment(d, E1, 'Very nice', 11);
    d = withComment(d, E2, 'Hmm', 12);
    d = withComment(d, E2, '  ', 13);
    expect(d.comments).toEqual({ [E1]: { text: 'Very nice', at: 11 } });
    d = withNote(d, ' Keep going ', 14);
    expect(draftToBody(d, 'Sam')).toEqual({
      mentor: { name: 'Sam' },
      learner: { id: 'l1', name: 'Alex' },
      note: 'Keep going',
      comments: [{ entryId: E1, text: 'Very nice', at: 11 }],
    });
    expect(draftToBody(d, '  ').mentor.name).toBe('Your mentor');
    expect(() => withComment(d, E1, 'x'.repeat(2001), 1)).toThrow(/at most 2000/);
  });
});

describe('mergeFeedback', () => {
  it('adds a file once, then only what is new from a later file', async () => {
    const first = await buildFeedbackFile({
      mentor: { name: 'Sam' },
      learner: { id: 'l1', name: 'Alex' },
      note: 'Good start',
      comments: [{ entryId: E1, text: 'Nice alt text', at: 1 }],
    });
    const a = mergeFeedback([], first, 100);
    expect(a).toMatchObject({ added: 2, duplicate: false });
    const again = mergeFeedback(a.inbox, first, 200);
    expect(again).toMatchObject({ added: 0, duplicate: true });
    expect(again.inbox).toHaveLength(1);

    const second = await buildFeedbackFile({
      mentor: { name: 'Sam' },
      learner: { id: 'l1', name: 'Alex' },
      note: 'Good start',
      comments: [
        { entryId: E1, text: 'Nice alt text', at: 1 },
        { entryId: E2, text: 'Shorter sentences here', at: 5 },
        { entryId: E1, text: 'And the title', at: 6 },
      ],
    });
    const b = mergeFeedback(a.inbox, second, 300);
    expect(b).toMatchObject({ added: 2, duplicate: false });
    const byEntry = commentsByEntry(b.inbox);
    expect(byEntry.get(E1)).toEqual([
      { mentor: 'Sam', text: 'Nice alt text', at: 1 },
      { mentor: 'Sam', text: 'And the title', at: 6 },
    ]);
    expect(byEntry.get(E2)).toHaveLength(1);
    expect(overallNotes(b.inbox)).toEqual([{ mentor: 'Sam', note: 'Good start', createdAt: first.createdAt }]);
  });
});
