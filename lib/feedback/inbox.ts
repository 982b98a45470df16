/**
 * The learner's side: feedback files they imported, merged so comments can be shown next to entries.
 * Pure functions over plain data; lib/feedback/store.ts keeps the data in extension storage.
 */
import type { FeedbackFile } from './format';

export interface ReceivedFeedback {
  /** The file's checksum: the same file imported twice is recognised. */
  id: string;
  mentor: string;
  /** When the mentor exported it (ISO). */
  createdAt: string;
  /** When the learner imported it (epoch ms). */
  importedAt: number;
  note: string;
  comments: { entryId: string; text: string; at: number }[];
}

export interface EntryComment {
  mentor: string;
  text: string;
  at: number;
}

export interface MergeResult {
  inbox: ReceivedFeedback[];
  /** Comments (and a note, counted as one) that the learner had not received before. */
  added: number;
  /** The very same file was imported before. */
  duplicate: boolean;
}

const commentKey = (entryId: string, at: number, text: string) => `${entryId}\u0000${at}\u0000${text}`;

/** Adds a validated file to the inbox. Re-importing a file adds nothing; overlapping files add only what is new. */
export function mergeFeedback(inbox: readonly ReceivedFeedback[], file: FeedbackFile, now: number): MergeResult {
  if (inbox.some((r) => r.id === file.checksum)) return { inbox: [...inbox], added: 0, duplicate: true };
  const seen = new Set<string>();
  const notes = new Set<string>();
  for (const r of inbox) {
    for (const c of r.comments) seen.add(commentKey(c.entryId, c.at, c.text));
    if (r.note) notes.add(`${r.mentor}\u0000${r.note}`);
  }
  const fresh = file.comments.filter((c) => !seen.has(commentKey(c.entryId, c.at, c.text)));
  const noteIsNew = file.note.trim() !== '' && !notes.has(`${file.mentor.name}\u0000${file.note}`);
  const added = fresh.length + (noteIsNew ? 1 : 0);
  const item: ReceivedFeedback = {
    id: file.checksum,
    mentor: file.mentor.name,
    createdAt: file.createdAt,
    importedAt: now,
    note: noteIsNew ? file.note : '',
    comments: fresh.map((c) => ({ entryId: c.entryId, text: c.text, at: c.at })),
  };
  return { inbox: [...inbox, item], added, duplicate: false };
}

/** Comments grouped by the entry they are about, oldest first. */
export function commentsByEntry(inbox: readonly ReceivedFeedback[]): Map<string, EntryComment[]> {
  const map = new Map<string, EntryComment[]>();
  for (const r of inbox) {
    for (const c of r.comments) {
      const list = map.get(c.entryId) ?? [];
      list.push({ mentor: r.mentor, text: c.text, at: c.at });
      map.set(c.entryId, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => a.at - b.at);
  return map;
}

/** Overall notes, newest first. */
export function overallNotes(inbox: readonly ReceivedFeedback[]): { mentor: string; note: string; createdAt: string }[] {
  return inbox
    .filter((r) => r.note.trim() !== '')
    .map((r) => ({ mentor: r.mentor, note: r.note, createdAt: r.createdAt }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
