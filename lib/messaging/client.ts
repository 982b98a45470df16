/**
 * How content scripts and extension pages talk to the background: `send(type, payload)`, typed by the protocol.
 * Resolves with the handler's value; rejects with a MessageError carrying the reply's code (or 'unreachable' when
 * the background could not be reached — e.g. an MV3 worker restarting; the outbox retries those).
 */
import { browser } from 'wxt/browser';
import { isProgressEvent, type Envelope, type MessageName, type ProgressEvent, type Reply, type RequestOf, type ResponseOf } from './protocol';

export type MessageErrorCode = NonNullable<Extract<Reply, { ok: false }>['code']> | 'unreachable';

export class MessageError extends Error {
  constructor(
    message: string,
    readonly code: MessageErrorCode,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Carries an envelope to the background and returns its raw answer. Swappable in tests. */
export type Transport = (message: Envelope) => Promise<unknown>;

export const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

function isReply(x: unknown): x is Reply {
  return typeof x === 'object' && x !== null && typeof (x as Reply).ok === 'boolean';
}

/** The reply as it came, `{ok: false}` included; throws only when the background could not be reached. */
export async function request<K extends MessageName>(type: K, payload: RequestOf<K>, transport: Transport = runtimeTransport): Promise<Reply<K>> {
  let answer: unknown;
  try {
    answer = await transport({ sw: 1, type, payload });
  } catch (error) {
    throw new MessageError(`The extension's background did not answer "${type}": ${error instanceof Error ? error.message : String(error)}`, 'unreachable');
  }
  if (!isReply(answer)) throw new MessageError(`The extension's background gave no answer to "${type}".`, 'unreachable');
  return answer as Reply<K>;
}

export async function send<K extends MessageName>(type: K, payload: RequestOf<K>, transport: Transport = runtimeTransport): Promise<ResponseOf<K>> {
  const reply = await request(type, payload, transport);
  if (!reply.ok) throw new MessageError(reply.error, reply.code ?? 'failed');
  return reply.value;
}

/**
 * Listens for the background's progress events for one request (`progressId`), e.g. a large import.
 * Returns the function that stops listening. Extension pages only (content scripts do not get them).
 */
export function onProgress(id: string, listener: (event: ProgressEvent) => void): () => void {
  const handler = (message: unknown) => {
    if (isProgressEvent(message) && message.id === id) listener(message);
    // Never answer: other listeners (the background's router) own replies.
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
