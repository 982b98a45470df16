/**
 * Where feedback lives: extension storage (storage.local), not the practice log. Feedback is small (words from a
 * mentor, keyed by entry id), both sides read it whole, and keeping it out of the log keeps the log's export and
 * checksum about what the learner did. Call these from entrypoints; components get the data as props.
 */
import { storage } from '@wxt-dev/storage';
import { feedbackUnread, unreadCount } from '../settings/items';
import { type FeedbackDraft, emptyDraft, draftToBody, isEmptyDraft, withComment, withNote } from './drafts';
import { buildFeedbackFile, feedbackFilename, parseFeedbackFile, serializeFeedback } from './format';
import { type ReceivedFeedback, mergeFeedback } from './inbox';

/** Learner: every feedback file imported (after validation). */
export const feedbackInbox = storage.defineItem<ReceivedFeedback[]>('local:feedbackInbox', { fallback: [], version: 1 });

/** Mentor: feedback being written, per learner id. */
export const feedbackDrafts = storage.defineItem<Record<string, FeedbackDraft>>('local:feedbackDrafts', {
  fallback: {},
  version: 1,
});

export type ImportFeedbackResult =
  | { ok: true; added: number; duplicate: boolean; mentor: string }
  | { ok: false; error: string };

/**
 * Validates and stores a feedback file for this learner. Nothing is stored unless the whole file is valid and meant
 * for `learnerId` (when the profile has one); a file with new comments adds one to the popup's unread count.
 */
export async function importFeedbackText(text: string, learnerId: string, now = Date.now()): Promise<ImportFeedbackResult> {
  const parsed = await parseFeedbackFile(text, new TextEncoder().encode(text).length);
  if (!parsed.ok) return parsed;
  const file = parsed.file;
  if (learnerId && file.learner.id !== learnerId) {
    return {
      ok: false,
      error: `This feedback is for ${file.learner.name || 'another learner'}, not for this profile. Check that your mentor sent you the right file.`,
    };
  }
  const merged = mergeFeedback(await feedbackInbox.getValue(), file, now);
  if (!merged.duplicate) {
    await feedbackInbox.setValue(merged.inbox);
    if (merged.added > 0) await feedbackUnread.setValue(unreadCount(await feedbackUnread.getValue()) + 1);
  }
  return { ok: true, added: merged.added, duplicate: merged.duplicate, mentor: file.mentor.name };
}

export async function markFeedbackRead(): Promise<void> {
  await feedbackUnread.setValue(0);
}

export async function getDraft(learnerId: string, learnerName: string): Promise<FeedbackDraft> {
  const all = await feedbackDrafts.getValue();
  return all[learnerId] ?? emptyDraft(learnerId, learnerName);
}

async function saveDraft(draft: FeedbackDraft): Promise<FeedbackDraft> {
  const all = await feedbackDrafts.getValue();
  await feedbackDrafts.setValue({ ...all, [draft.learnerId]: draft });
  return draft;
}

export async function setDraftComment(learnerId: string, learnerName: string, entryId: string, text: string): Promise<FeedbackDraft> {
  return saveDraft(withComment(await getDraft(learnerId, learnerName), entryId, text, Date.now()));
}

export async function setDraftNote(learnerId: string, learnerName: string, note: string): Promise<FeedbackDraft> {
  return saveDraft(withNote(await getDraft(learnerId, learnerName), note, Date.now()));
}

/** The feedback file for one learner, ready to download. Throws with a plain message when there is nothing to send. */
export async function exportFeedback(learnerId: string, learnerName: string, mentorName: string): Promise<{ filename: string; text: string }> {
  const draft = await getDraft(learnerId, learnerName);
  if (isEmptyDraft(draft)) throw new Error('Write a comment or an overall note first: there is no feedback to export yet.');
  const file = await buildFeedbackFile(draftToBody(draft, mentorName));
  return { filename: feedbackFilename(file), text: serializeFeedback(file) };
}
