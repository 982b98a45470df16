/**
 * Shapes shared by the log's queries and the message protocol. They live here (not in messaging/protocol.ts) so
 * lib/practice never imports from lib/messaging: the protocol re-exports them.
 */

export interface LogFilter {
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, exclusive. */
  to?: number;
  types?: string[];
  skills?: string[];
  /** Site kinds ('wordpress', 'x'…). */
  sites?: string[];
}

/** Paging: offset, or keyset (`after`: continue after this entry, in the chosen order; cheaper deep in a big log). */
export interface LogPage {
  /** Default 50, at most 1000. */
  limit?: number;
  offset?: number;
  /** Default 'desc' (newest first). */
  order?: 'asc' | 'desc';
  after?: { time: number; id: string };
}

export interface LogStats {
  total: number;
  /** Actions on the local day of `now`. */
  today: number;
  /** Local days in a row with practice (tip events do not count), ending today, or yesterday if today has none yet. */
  streak: number;
  lastActivity: number | null;
  perSkill: Record<string, number>;
  perType: Record<string, number>;
}

/** A learner as the mentor's dashboard lists them (imported from their shared files). */
export interface MentorLearner {
  id: string;
  displayName: string;
  importedAt: number;
  total: number;
  firstActivity: number | null;
  lastActivity: number | null;
}

/**
 * Persistent storage for the extension's origin (the log's IndexedDB): `granted` true — the browser will not evict it
 * under storage pressure; false — it may; null — the browser would not say. `asked`: persist() itself was called
 * (once), rather than only persisted() read.
 */
export interface PersistenceState {
  granted: boolean | null;
  asked: boolean;
  /** Epoch ms of the last answer; null before any. */
  at: number | null;
}
