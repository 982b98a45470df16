/**
 * The mentor's side: feedback being written for one learner, kept until it is exported (and after, so the mentor
 * can add to it and export again). Pure functions over plain data; lib/feedback/store.ts persists them.
 */
import type { FeedbackBody } from './format';
import { MAX_COMMENT_CHARS, MAX_NOTE_CHARS } from './format';

export interface FeedbackDraft {
  learnerId: string;
  learnerName: string;
  note: string;
  /** entry id → the mentor's comment on it. */
  comments: Record<string, { text: string; at: number }>;
  updatedAt: number;
}

export function emptyDraft(learnerId: string, learnerName: string): FeedbackDraft {
  return { learnerId, learnerName, note: '', comments: {}, updatedAt: 0 };
}

/** Sets (or, with blank text, removes) the comment on one entry. Over-long text is refused, not cut. */
export function withComment(draft: FeedbackDraft, entryId: string, text: string, now: number): FeedbackDraft {
  if (text.length > MAX_COMMENT_CHARS) throw new RangeError(`A comment is at most ${MAX_COMMENT_CHARS} characters.`);
  const comments = { ...draft.comments };
  if (text.trim() === '') delete comments[entryId];
  else comments[entryId] = { text, at: now };
  return { ...draft, comments, updatedAt: now };
}

export function withNote(draft: FeedbackDraft, note: string, now: number): FeedbackDraft {
  if (note.length > MAX_NOTE_CHARS) throw new RangeError(`The overall note is at most ${MAX_NOTE_CHARS} characters.`);
  return { ...draft, note, updatedAt: now };
}

export function isEmptyDraft(draft: FeedbackDraft): boolean {
  return draft.note.trim() === '' && Object.keys(draft.comments).length === 0;
}

export function draftToBody(draft: FeedbackDraft, mentorName: string): FeedbackBody {
  return {
    mentor: { name: mentorName.trim().slice(0, 100) || 'Your mentor' },
    learner: { id: draft.learnerId, name: draft.learnerName.slice(0, 100) },
    note: draft.note.trim(),
    comments: Object.entries(draft.comments).map(([entryId, c]) => ({ entryId, text: c.text.trim(), at: c.at })),
  };
}
