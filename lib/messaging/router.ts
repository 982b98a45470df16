/**
 * The background's single entry point for our messages: checks who sent it, validates the payload against the
 * handler's schema, runs the handler, and always answers `{ok, value}` or `{ok: false, error, code}`.
 * Pure of `browser.*`: the background passes the runtime id and extension origin in (testable without a browser).
 */
import * as v from 'valibot';
import { isEnvelope, type MessageName, type Protocol, type Reply, type RequestOf, type ResponseOf, type Sender } from './protocol';

/** The part of `runtime.MessageSender` we read. */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface HandlerContext {
  /** Who sent it, as classified by {@link classifySender}. */
  from: Sender;
  /** The sender's tab (content scripts, and extension pages open in a tab). */
  tabId?: number;
  sender: MessageSenderInfo;
}

type FromOf<K extends MessageName> = Protocol[K]['from'];

/** One row of the handler table. `from` may narrow the protocol's senders, never widen them. */
export interface Handler<K extends MessageName> {
  from: readonly FromOf<K>[];
  /** Validates the payload; its output is what `handle` gets. */
  schema: v.GenericSchema<unknown, RequestOf<K>>;
  handle(payload: RequestOf<K>, ctx: HandlerContext): Promise<ResponseOf<K>> | ResponseOf<K>;
}

export type HandlerTable = { [K in MessageName]?: Handler<K> };

/** Declares an area's handlers (lib/messaging/handlers/<area>.ts) with the protocol's types checked. */
export function defineHandlers<T extends HandlerTable>(table: T): T {
  return table;
}

export type ErrorCode = Extract<Reply, { ok: false }>['code'];
const CODES = new Set<string>(['forbidden', 'invalid', 'quota', 'unknown', 'failed']);

/** Throw this (or any error with a `code` from the Reply codes) for a plain message the page can show. */
export class HandlerError extends Error {
  constructor(
    message: string,
    readonly code: NonNullable<ErrorCode> = 'failed',
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}

export interface RouterEnv {
  /** browser.runtime.id */
  runtimeId: string;
  /** browser.runtime.getURL('') — e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
}

/**
 * Content scripts run in a tab on a page that is not ours; extension pages (popup, options, dashboard, workshop)
 * have our own origin. Anything else — another extension, a web page via externally_connectable — is refused.
 */
export function classifySender(sender: MessageSenderInfo, env: RouterEnv): Sender | null {
  if (!sender || sender.id !== env.runtimeId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(env.extensionOrigin)) return 'page';
  if (sender.tab && url !== '' && !url.startsWith(env.extensionOrigin)) return 'content';
  return null;
}

function describe(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Builds the function the background hands to runtime.onMessage. Returns undefined for messages that are not ours. */
export function createRouter(table: HandlerTable, env: RouterEnv) {
  return (message: unknown, sender: MessageSenderInfo): Promise<Reply> | undefined => {
    if (!isEnvelope(message)) return undefined;
    return route(table, env, message.type, message.payload, sender);
  };
}

async function route(table: HandlerTable, env: RouterEnv, type: string, payload: unknown, sender: MessageSenderInfo): Promise<Reply> {
  const handler = Object.hasOwn(table, type) ? (table[type as MessageName] as Handler<MessageName> | undefined) : undefined;
  if (!handler) return { ok: false, error: `Unknown message "${String(type).slice(0, 60)}".`, code: 'unknown' };
  const from = classifySender(sender, env);
  if (!from || !(handler.from as readonly string[]).includes(from)) {
    return { ok: false, error: `"${type}" may not be sent from ${from ?? 'outside this extension'}.`, code: 'forbidden' };
  }
  const parsed = v.safeParse(handler.schema, payload);
  if (!parsed.success) return { ok: false, error: `Invalid "${type}": ${describe(parsed.issues[0])}`, code: 'invalid' };
  try {
    const value = await handler.handle(parsed.output, { from, tabId: sender.tab?.id, sender });
    return { ok: true, value };
  } catch (error) {
    const code = (error as { code?: unknown })?.code;
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, error: text || `"${type}" failed.`, code: typeof code === 'string' && CODES.has(code) ? (code as ErrorCode) : 'failed' };
  }
}
