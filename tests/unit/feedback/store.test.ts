import { describe, expect, it } from 'vitest';
import { feedbackUnread } from '../../../lib/settings/items';
import { exportFeedback, feedbackInbox, importFeedbackText, markFeedbackRead, setDraftComment, setDraftNote } from '../../../lib/feedback/store';

const E1 = '7d444840-9dc0-11d1-b245-5ffdce74fad2';

describe('feedback store (mentor → file → learner)', () => {
  it('exports a draft and imports it on the learner side, counting it unread once', async () => {
    await expect(exportFeedback('l1', 'Alex', 'Sam')).rejects.toThrow(/no feedback to export/);
    await setDraftComment('l1', 'Alex', E1, 'Good alt text');
    await setDraftNote('l1', 'Alex', 'Well done this month');
    const { filename, text } = await exportFeedback('l1', 'Alex', 'Sam');
    expect(filename).toMatch(/^feedback-for-alex-\d{4}-\d{2}-\d{2}\.feedback\.json$/);

    const wrong = await importFeedbackText(text, 'someone-else');
    expect(wrong).toEqual({ ok: false, error: expect.stringMatching(/for Alex, not for this profile/) });
    expect(await feedbackInbox.getValue()).toEqual([]);
    expect(await feedbackUnread.getValue()).toBe(0);

    expect(await importFeedbackText(text, 'l1')).toEqual({ ok: true, added: 2, duplicate: false, mentor: 'Sam' });
    expect(await feedbackUnread.getValue()).toBe(1);
    await markFeedbackRead();
    expect(await importFeedbackText(text, 'l1')).toMatchObject({ ok: true, added: 0, duplicate: true });
    expect(await feedbackUnread.getValue()).toBe(0);
    expect(await feedbackInbox.getValue()).toHaveLength(1);
  });

  it('counts each new feedback file until the learner reads them', async () => {
    await setDraftComment('l1', 'Alex', E1, 'First look');
    const first = await exportFeedback('l1', 'Alex', 'Sam');
    await setDraftNote('l1', 'Alex', 'And a note a week later');
    const second = await exportFeedback('l1', 'Alex', 'Sam');
    expect(await importFeedbackText(first.text, 'l1')).toMatchObject({ ok: true, duplicate: false });
    expect(await importFeedbackText(second.text, 'l1')).toMatchObject({ ok: true, duplicate: false });
    expect(await feedbackUnread.getValue()).toBe(2);
    // The same file again adds nothing, so it is not counted.
    await importFeedbackText(second.text, 'l1');
    expect(await feedbackUnread.getValue()).toBe(2);
    await markFeedbackRead();
    expect(await feedbackUnread.getValue()).toBe(0);
  });

  it('leaves stored feedback exactly as it was when a file is bad', async () => {
    await setDraftComment('l1', 'Alex', E1, 'One');
    const { text } = await exportFeedback('l1', 'Alex', 'Sam');
    await importFeedbackText(text, 'l1');
    const before = JSON.stringify(await feedbackInbox.getValue());
    const r = await importFeedbackText(text.replace('One', 'Two'), 'l1');
    expect(r.ok).toBe(false);
    expect(JSON.stringify(await feedbackInbox.getValue())).toBe(before);
  });
});
