/**
 * The content script's outbox for practice actions. MV3 stops idle service workers, and a page can navigate away
 * at any moment, so an action stays queued — in memory and in extension storage (never the page's own storage) —
 * until the background acknowledges that it is committed. Failed sends are retried with exponential backoff; every
 * retry carries the same id and idempotency key, so the background stores it once. `pagehide` flushes at once, and
 * the next content script on any tab picks up what an unloaded page left behind.
 */
import { browser } from 'wxt/browser';
import type { ActionType, NewPracticeAction, SiteKind } from '../practice/schema';
import { MessageError, send } from './client';
import type { LogName } from './protocol';

/** What a detector saw. The outbox adds id, time, key and where (host; path only if the learner allowed it). */
export interface Detected {
  type: ActionType;
  /** The site kind the adapter recognised. */
  site: SiteKind;
  /** Which screen, e.g. "wp.block-editor". */
  context: string;
  skills?: string[];
  /** Numbers and booleans only (never the learner's words). */
  metrics?: Record<string, number | boolean>;
  /** Tip id or lesson step id. */
  ref?: string;
  /**
   * A natural idempotency key when the same happening can be detected twice (e.g. `post.published:<post id>`).
   * Default: the action's own id.
   */
  key?: string;
  /** Epoch ms; default now. */
  time?: number;
}

export interface RecordAck {
  id: string;
  /** false: the background already had an action with this key. */
  stored: boolean;
}

/** Where queued actions wait for their acknowledgement. */
export interface OutboxStore {
  load(): Promise<NewPracticeAction[]>;
  save(actions: readonly NewPracticeAction[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}

export interface OutboxOptions {
  /** Sends a batch and returns one result per action, in order. Default: `log.record` / `log.recordBatch`. */
  deliver?: (actions: NewPracticeAction[], db: LogName | undefined) => Promise<RecordAck[]>;
  /** Default: {@link extensionStorageStore}; null keeps the queue in memory only. */
  store?: OutboxStore | null;
  /** Default: the page's location. Only host and pathname are read. */
  location?: () => { host: string; pathname: string };
  /** Whether to keep the page path (privacy.recordPath). Default false: host only. */
  recordPath?: () => boolean;
  /** Which log (default: the learner's; sandbox actions go to the workshop log anyway). */
  db?: LogName;
  /** First retry delay, doubled each failure up to maxDelayMs. Defaults 50 ms and 3000 ms. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Actions per message. Default 100. */
  batchSize?: number;
  /** A send that has not answered by then is retried (its id makes a late success harmless). Default 10 s. */
  timeoutMs?: number;
  /** Stops the outbox (content-script context invalidated). */
  signal?: AbortSignal;
  /** Where `pagehide`/`pageshow` fire. Default: globalThis when it is a window. */
  events?: EventTarget | null;
  now?: () => number;
  uuid?: () => string;
  random?: () => number;
}

export interface Outbox {
  record(detected: Detected): Promise<RecordAck>;
  /** Sends what is queued now, skipping any backoff wait. */
  flush(): void;
  /** Resolves when nothing is queued. */
  idle(): Promise<void>;
  readonly size: number;
}

const STORE_PREFIX = 'swt.outbox.';

type Area = { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(keys: string[]): Promise<void> };

/**
 * Extension storage for the queue, one key per action (two tabs never overwrite each other's queue):
 * storage.session when this context may use it (Chromium, once the background opened it to content scripts),
 * else storage.local under the namespaced keys.
 */
export function extensionStorageStore(): OutboxStore {
  let chosen: Promise<Area> | null = null;
  const area = () =>
    (chosen ??= (async () => {
      const session = (browser.storage as unknown as { session?: Area }).session;
      if (session) {
        try {
          await session.set({ [`${STORE_PREFIX}probe`]: 1 });
          return session;
        } catch {
          // not open to content scripts here: fall back to local
        }
      }
      return browser.storage.local as unknown as Area;
    })());
  return {
    async load() {
      const all = await (await area()).get(null);
      return Object.entries(all)
        .filter(([k, v]) => k.startsWith(STORE_PREFIX) && typeof v === 'object' && v !== null)
        .map(([, v]) => v as NewPracticeAction);
    },
    async save(actions) {
      if (!actions.length) return;
      await (await area()).set(Object.fromEntries(actions.map((a) => [STORE_PREFIX + a.id, a])));
    },
    async remove(ids) {
      if (!ids.length) return;
      await (await area()).remove(ids.map((id) => STORE_PREFIX + id));
    },
  };
}

const defaultDeliver = async (actions: NewPracticeAction[], db: LogName | undefined): Promise<RecordAck[]> => {
  if (actions.length === 1) return [await send('log.record', { action: actions[0]!, ...(db ? { db } : {}) })];
  return (await send('log.recordBatch', { actions, ...(db ? { db } : {}) })).results;
};

/** The path as the schema allows it: no query or fragment, no spaces, at most 300 characters. */
function cleanPath(pathname: string): string | undefined {
  const path = pathname.replace(/[\s?#].*$/, '').slice(0, 300);
  return path.startsWith('/') ? path : undefined;
}

interface Pending {
  action: NewPracticeAction;
  waiters: { resolve: (ack: RecordAck) => void; reject: (e: Error) => void }[];
  saved: Promise<void>;
}

export function createOutbox(options: OutboxOptions = {}): Outbox {
  const deliver = options.deliver ?? defaultDeliver;
  const store = options.store === undefined ? extensionStorageStore() : options.store;
  const where = options.location ?? (() => globalThis.location);
  const recordPath = options.recordPath ?? (() => false);
  const initialDelay = options.initialDelayMs ?? 50;
  const maxDelay = options.maxDelayMs ?? 3000;
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = options.now ?? Date.now;
  const uuid = options.uuid ?? (() => crypto.randomUUID());
  const random = options.random ?? Math.random;

  const queue = new Map<string, Pending>();
  const idleWaiters: (() => void)[] = [];
  let inFlight = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  /** After an 'invalid' answer to a batch, send one at a time to find the bad action. */
  let isolate = false;
  let stopped = false;

  const settleIdle = () => {
    if (queue.size || inFlight) return;
    for (const resolve of idleWaiters.splice(0)) resolve();
  };

  const schedule = (delay: number) => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void pump();
    }, delay);
  };

  const acknowledge = (id: string, ack: RecordAck) => {
    const item = queue.get(id);
    if (!item) return;
    queue.delete(id);
    for (const w of item.waiters) w.resolve(ack);
    // Remove from storage only after it was saved, or the removal could run first and leave a ghost to resend.
    if (store) void item.saved.then(() => store.remove([id])).catch(() => undefined);
  };

  const drop = (id: string, error: Error) => {
    const item = queue.get(id);
    if (!item) return;
    queue.delete(id);
    for (const w of item.waiters) w.reject(error);
    if (store) void item.saved.then(() => store.remove([id])).catch(() => undefined);
  };

  async function pump(): Promise<void> {
    if (inFlight || stopped) return;
    if (!queue.size) return settleIdle();
    inFlight = true;
    const batch = [...queue.values()].slice(0, isolate ? 1 : batchSize).map((p) => p.action);
    let retryIn = 0;
    try {
      let timeout: ReturnType<typeof setTimeout> | undefined;
      const results = await Promise.race([
        deliver(batch, options.db),
        new Promise<never>((_, reject) => {
          timeout = setTimeout(() => reject(new MessageError('No answer in time.', 'unreachable')), timeoutMs);
        }),
      ]).finally(() => clearTimeout(timeout));
      batch.forEach((a, i) => acknowledge(a.id, results[i] ?? { id: a.id, stored: false }));
      failures = 0;
      isolate = false;
    } catch (error) {
      const code = error instanceof MessageError ? error.code : 'unreachable';
      if ((code === 'invalid' || code === 'forbidden') && batch.length === 1) {
        // The background will never take this one: keeping it would block the queue for ever.
        drop(batch[0]!.id, error as Error);
        isolate = false;
      } else if (code === 'invalid' || code === 'forbidden') {
        isolate = true;
      } else {
        failures++;
        const base = Math.min(maxDelay, initialDelay * 2 ** (failures - 1));
        retryIn = base * (0.5 + random() / 2);
      }
    } finally {
      inFlight = false;
    }
    if (!queue.size) return settleIdle();
    if (retryIn > 0) schedule(retryIn);
    else void pump();
  }

  const flush = () => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    failures = 0;
    void pump();
  };

  const enqueue = (action: NewPracticeAction, saved: Promise<void>): Pending => {
    let item = queue.get(action.id);
    if (!item) {
      item = { action, waiters: [], saved };
      queue.set(action.id, item);
    }
    return item;
  };

  // Actions a previous page (or a sleeping tab) left unacknowledged: send them too. Another tab may send the same
  // ones; their ids make that harmless.
  if (store) {
    void store
      .load()
      .then((left) => {
        for (const action of left) if (!stopped && action && typeof action.id === 'string') enqueue(action, Promise.resolve());
        void pump();
      })
      .catch(() => undefined);
  }

  const events = options.events === undefined ? (typeof window !== 'undefined' ? window : null) : options.events;
  const onHide = () => flush();
  events?.addEventListener('pagehide', onHide);
  events?.addEventListener('pageshow', onHide);
  options.signal?.addEventListener('abort', () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    events?.removeEventListener('pagehide', onHide);
    events?.removeEventListener('pageshow', onHide);
  });

  return {
    record(detected) {
      if (stopped) return Promise.reject(new Error('The outbox is stopped.'));
      const id = uuid();
      const loc = where();
      const path = recordPath() ? cleanPath(loc.pathname) : undefined;
      const action: NewPracticeAction = {
        id,
        key: detected.key ?? id,
        time: detected.time ?? now(),
        site: { kind: detected.site, host: loc.host.toLowerCase(), ...(path ? { path } : {}) },
        context: detected.context,
        type: detected.type,
        skills: detected.skills ?? [],
        metrics: detected.metrics ?? {},
        ...(detected.ref ? { ref: detected.ref } : {}),
      };
      const saved = store ? store.save([action]).catch(() => undefined) : Promise.resolve();
      const item = enqueue(action, saved);
      const ack = new Promise<RecordAck>((resolve, reject) => item.waiters.push({ resolve, reject }));
      void pump();
      return ack;
    },
    flush,
    idle() {
      if (!queue.size && !inFlight) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    get size() {
      return queue.size;
    },
  };
}
