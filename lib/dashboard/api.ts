/**
 * What the dashboard's views need from the outside world, as one object passed in as a prop: the views stay
 * testable with a fake, and only the entrypoint knows about messages, storage and downloads.
 */
import type { ExportedFile, ImportResult, LogFilter, LogPage, LogStats, MentorLearner, MessageName, ProgressEvent, RequestOf, ResponseOf } from '../messaging/protocol';
import type { SavedFile } from '../messaging/transfer';
import type { PracticeAction } from '../practice/schema';
import type { FeedbackDraft } from '../feedback/drafts';
import type { ReceivedFeedback } from '../feedback/inbox';
import type { PerDay, PerSkillPerDay } from './aggregate';

/** One learner's log, read page by page and in aggregates: the learner's own, or one a mentor imported. */
export interface LogSource {
  query(filter: LogFilter, page: LogPage, signal?: AbortSignal): Promise<{ entries: PracticeAction[]; total: number }>;
  stats(filter?: LogFilter): Promise<LogStats>;
  perSkillPerDay(filter?: LogFilter): Promise<PerSkillPerDay>;
  perDay(filter?: LogFilter): Promise<PerDay>;
  topRefs(type: string, filter?: LogFilter, limit?: number): Promise<{ ref: string; count: number }[]>;
}

export type ImportPhase = ProgressEvent['phase'];
export type OnProgress = (p: { phase: ImportPhase; done: number; total: number }) => void;

export interface DashboardApi {
  mine: LogSource & {
    reflect(id: string, reflection: string): Promise<void>;
    /** The learner's log as a file (large logs come as a Blob through the transfer database, lib/messaging/transfer.ts). */
    export(format: 'json' | 'csv' | 'xapi'): Promise<ExportedFile | SavedFile>;
  };
  mentor: {
    importFile(file: File, onProgress: OnProgress): Promise<ImportResult>;
    learners(): Promise<MentorLearner[]>;
    remove(learnerId: string): Promise<void>;
    source(learnerId: string): LogSource;
  };
  feedback: {
    inbox(): Promise<ReceivedFeedback[]>;
    importFile(file: File): Promise<{ ok: true; added: number; duplicate: boolean; mentor: string } | { ok: false; error: string }>;
    /** Feedback files with something new since the learner last marked their feedback read. */
    unread(): Promise<number>;
    markRead(): Promise<void>;
    draft(learnerId: string, learnerName: string): Promise<FeedbackDraft>;
    setComment(learnerId: string, learnerName: string, entryId: string, text: string): Promise<FeedbackDraft>;
    setNote(learnerId: string, learnerName: string, note: string): Promise<FeedbackDraft>;
    exportFile(learnerId: string, learnerName: string): Promise<ExportedFile>;
  };
  /** Saves a file for the person (a download). */
  download(file: ExportedFile | SavedFile): void;
  /** The title of a tip by id, when a tip pack knows it. */
  tipTitle(ref: string): string | undefined;
  /** The learner's own display name (for the report's title). */
  profileName(): Promise<string>;
}

/** The messaging client's `send`, typed by the protocol. */
export type Send = <K extends MessageName>(type: K, payload: RequestOf<K>) => Promise<ResponseOf<K>>;

/** The learner's own log, through `log.*` messages. */
export function ownLogSource(send: Send): DashboardApi['mine'] {
  return {
    query: (filter, page) => send('log.timeline', { filter, ...page }),
    stats: (filter) => send('log.stats', filter ? { filter } : {}),
    perSkillPerDay: (filter) => send('log.perSkillPerDay', filter ? { filter } : {}),
    perDay: (filter) => send('log.perDay', filter ? { filter } : {}),
    topRefs: (type, filter, limit) => send('log.topRefsCached', { type, ...(filter ? { filter } : {}), ...(limit ? { limit } : {}) }),
    reflect: async (id, reflection) => {
      await send('log.reflect', { id, reflection });
    },
    export: (format) => send('log.export', { format }),
  };
}

/** One imported learner's log in the mentor database, through `mentor.*` messages. */
export function mentorLogSource(send: Send, learner: string): LogSource {
  return {
    query: (filter, page) => send('mentor.timeline', { learner, filter, ...page }),
    stats: (filter) => send('mentor.stats', { learner, ...(filter ? { filter } : {}) }),
    perSkillPerDay: (filter) => send('mentor.perSkillPerDay', { learner, ...(filter ? { filter } : {}) }),
    perDay: (filter) => send('mentor.perDay', { learner, ...(filter ? { filter } : {}) }),
    topRefs: (type, filter, limit) => send('mentor.topRefsCached', { learner, type, ...(filter ? { filter } : {}), ...(limit ? { limit } : {}) }),
  };
}
