/**
 * Every message between content scripts, extension pages and the background, in one typed map.
 * `from` says who may send it: the background's handler table refuses anything else.
 * Only type imports here: this file depends on nothing of ours at run time.
 */
import type { NewPracticeAction, PracticeAction } from '../practice/schema';

export type Sender = 'content' | 'page';

export interface LogFilter {
  from?: number;
  to?: number;
  types?: string[];
  skills?: string[];
  sites?: string[];
}

export interface LogStats {
  total: number;
  today: number;
  streak: number;
  lastActivity: number | null;
  perSkill: Record<string, number>;
  perType: Record<string, number>;
}

export interface ImportResult {
  ok: boolean;
  added: number;
  skipped: number;
  /** Plain message naming what is wrong (entry index, field path). */
  error?: string;
}

/** The protocol: message name → request payload, response value, allowed senders. */
export interface Protocol {
  /** A practice action to commit. Acknowledged only once it is committed (stored=false: a duplicate key). */
  'log.record': { req: { action: NewPracticeAction }; res: { stored: boolean; id: string }; from: 'content' | 'page' };
  'log.query': {
    req: { filter: LogFilter; limit?: number; offset?: number; order?: 'asc' | 'desc' };
    res: { entries: PracticeAction[]; total: number };
    from: 'page';
  };
  'log.stats': { req: { filter?: LogFilter }; res: LogStats; from: 'page' };
  'log.perSkillPerDay': { req: { filter?: LogFilter }; res: Record<string, Record<string, number>>; from: 'page' };
  'log.reflect': { req: { id: string; reflection: string }; res: { ok: true }; from: 'page' };
  'log.export': { req: { format: 'json' | 'csv' | 'xapi' }; res: { filename: string; mime: string; text: string }; from: 'page' };
  'log.import': { req: { text: string }; res: ImportResult; from: 'page' };
  'log.deleteAll': { req: Record<string, never>; res: { ok: true }; from: 'page' };
  /** Per-skill practice counts, for mastery: the content script asks for the skills its rules use. */
  'mastery.counts': { req: { skills: string[] }; res: Record<string, number>; from: 'content' | 'page' };
  /** What the content script recognised on its tab, so the popup can say it. */
  'site.recognised': { req: { site: string; context: string | null }; res: { ok: true }; from: 'content' };
  'site.status': {
    req: { tabId: number; url: string };
    res: { running: boolean; site: string | null; context: string | null; granted: boolean; fixed: boolean };
    from: 'page';
  };
  /** Register (or unregister) the content script for a runtime-granted origin; the page asks the permission first. */
  'site.enable': { req: { origin: string }; res: { ok: boolean; error?: string }; from: 'page' };
  'site.disable': { req: { origin: string }; res: { ok: boolean; error?: string }; from: 'page' };
}

export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = Protocol[K]['req'];
export type ResponseOf<K extends MessageName> = Protocol[K]['res'];

export interface Envelope<K extends MessageName = MessageName> {
  /** Marks our messages among any others on the runtime channel. */
  sw: 1;
  type: K;
  payload: RequestOf<K>;
}

export type Reply<K extends MessageName = MessageName> =
  | { ok: true; value: ResponseOf<K> }
  | { ok: false; error: string; code?: 'forbidden' | 'invalid' | 'quota' | 'unknown' | 'failed' };

export function isEnvelope(x: unknown): x is Envelope {
  return typeof x === 'object' && x !== null && (x as Envelope).sw === 1 && typeof (x as Envelope).type === 'string';
}
