import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOutbox, extensionStorageStore, type OutboxStore, type RecordAck } from '@/lib/messaging/outbox';
import { MessageError, send } from '@/lib/messaging/client';
import { createRouter } from '@/lib/messaging/router';
import { buildHandlerTable } from '@/lib/messaging/handlers';
import { closeLogs, logDb } from '@/lib/practice/service';
import type { NewPracticeAction } from '@/lib/practice/schema';
import { freshIndexedDb } from '../practice/helpers';

const page = { host: 'X.com', pathname: '/compose/post?text=secret#frag' };
const detected = { type: 'social.posted' as const, site: 'x' as const, context: 'x.compose', skills: ['hashtags'], metrics: { hashtagCount: 2 } };

/** A stand-in background: stores by id and by key, like the real one. */
function fakeBackground() {
  const byId = new Map<string, NewPracticeAction>();
  const keys = new Set<string>();
  const commit = (actions: NewPracticeAction[]): RecordAck[] =>
    actions.map((a) => {
      if (byId.has(a.id) || keys.has(a.key)) return { id: a.id, stored: false };
      byId.set(a.id, a);
      keys.add(a.key);
      return { id: a.id, stored: true };
    });
  return { byId, commit };
}

function memoryStore(): OutboxStore & { items: Map<string, NewPracticeAction> } {
  const items = new Map<string, NewPracticeAction>();
  return {
    items,
    load: async () => [...items.values()],
    save: async (actions) => void actions.forEach((a) => items.set(a.id, a)),
    remove: async (ids) => void ids.forEach((id) => items.delete(id)),
  };
}

const fast = { initialDelayMs: 1, maxDelayMs: 5, events: null };

describe('outbox', () => {
  it('builds the action: uuid id, key, time, host only (path only when allowed, never the query)', async () => {
    const bg = fakeBackground();
    const sent: NewPracticeAction[] = [];
    const outbox = createOutbox({ ...fast, store: null, location: () => page, now: () => 1234, deliver: async (a) => (sent.push(...a), bg.commit(a)) });
    const ack = await outbox.record(detected);
    expect(ack.stored).toBe(true);
    const [action] = sent;
    expect(action!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(action).toEqual({ id: ack.id, key: ack.id, time: 1234, site: { kind: 'x', host: 'x.com' }, context: 'x.compose', type: 'social.posted', skills: ['hashtags'], metrics: { hashtagCount: 2 } });
    const withPath = createOutbox({ ...fast, store: null, location: () => page, recordPath: () => true, deliver: async (a) => (sent.push(...a), bg.commit(a)) });
    await withPath.record({ ...detected, key: 'post:1', ref: 'tip-a' });
    expect(sent[1]!.site).toEqual({ kind: 'x', host: 'x.com', path: '/compose/post' });
    expect(sent[1]!.key).toBe('post:1');
    expect(sent[1]!.ref).toBe('tip-a');
  });

  it('retries with backoff while the background is unreachable; a lost reply lands once', async () => {
    const bg = fakeBackground();
    let calls = 0;
    const outbox = createOutbox({
      ...fast,
      store: null,
      location: () => page,
      deliver: async (actions) => {
        calls++;
        if (calls % 3 === 1) throw new MessageError('Could not establish connection.', 'unreachable');
        const results = bg.commit(actions);
        // The worker stopped after committing, before answering.
        if (calls % 3 === 2) throw new MessageError('The message port closed before a response was received.', 'unreachable');
        return results;
      },
    });
    const acks = await Promise.all(Array.from({ length: 50 }, () => outbox.record(detected)));
    expect(new Set(acks.map((a) => a.id)).size).toBe(50);
    expect(bg.byId.size).toBe(50);
    expect(outbox.size).toBe(0);
    // 1: unreachable; 2: committed, reply lost; 3: the retry finds them stored.
    expect(calls).toBe(3);
    expect(acks.every((a) => !a.stored)).toBe(true);
  });

  it('keeps unacknowledged actions in its store; the next outbox (next page) sends them', async () => {
    const store = memoryStore();
    const first = createOutbox({ ...fast, store, location: () => page, deliver: async () => new Promise<never>(() => {}), timeoutMs: 60_000 });
    void first.record(detected);
    void first.record(detected);
    await new Promise((r) => setTimeout(r, 10));
    expect(store.items.size).toBe(2);
    const bg = fakeBackground();
    const next = createOutbox({ ...fast, store, location: () => page, deliver: async (a) => bg.commit(a) });
    await new Promise((r) => setTimeout(r, 10));
    await next.idle();
    expect(bg.byId.size).toBe(2);
    await new Promise((r) => setTimeout(r, 10));
    expect(store.items.size).toBe(0);
  });

  it('pagehide sends at once instead of waiting out the backoff', async () => {
    const events = new EventTarget();
    const bg = fakeBackground();
    let fail = true;
    const outbox = createOutbox({ store: null, events, location: () => page, initialDelayMs: 60_000, deliver: async (a) => {
      if (fail) throw new MessageError('asleep', 'unreachable');
      return bg.commit(a);
    } });
    const ack = outbox.record(detected);
    await new Promise((r) => setTimeout(r, 10));
    expect(bg.byId.size).toBe(0);
    fail = false;
    events.dispatchEvent(new Event('pagehide'));
    await ack;
    expect(bg.byId.size).toBe(1);
  });

  it('an action the background refuses as invalid is dropped (it would block the queue), the rest still go', async () => {
    const bg = fakeBackground();
    const outbox = createOutbox({ ...fast, store: null, location: () => page, deliver: async (a) => {
      if (a.some((x) => x.context === 'bad')) throw new MessageError('Invalid "log.recordBatch": context', 'invalid');
      return bg.commit(a);
    } });
    const good = [outbox.record(detected), outbox.record(detected)];
    const bad = outbox.record({ ...detected, context: 'bad' });
    await expect(bad).rejects.toThrow(/Invalid/);
    expect((await Promise.all(good)).every((a) => a.stored)).toBe(true);
    expect(bg.byId.size).toBe(2);
  });

  it('stops with its content-script context', async () => {
    const controller = new AbortController();
    const outbox = createOutbox({ ...fast, store: null, location: () => page, signal: controller.signal, deliver: async () => [] });
    controller.abort();
    await expect(outbox.record(detected)).rejects.toThrow(/stopped/);
  });
});

describe('extensionStorageStore', () => {
  it('keeps one namespaced key per action in storage.session', async () => {
    const store = extensionStorageStore();
    const a = { id: 'a1' } as NewPracticeAction;
    await store.save([a, { id: 'a2' } as NewPracticeAction]);
    await fakeBrowser.storage.session.set({ unrelated: 1 });
    expect((await store.load()).map((x) => x.id).sort()).toEqual(['a1', 'a2']);
    expect(await fakeBrowser.storage.session.get('swt.outbox.a1')).toEqual({ 'swt.outbox.a1': a });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await store.remove(['a1']);
    expect((await store.load()).map((x) => x.id)).toEqual(['a2']);
  });

  it('falls back to storage.local where session storage is closed to content scripts', async () => {
    const session = fakeBrowser.storage.session;
    const original = session.set;
    session.set = async () => {
      throw new Error('Access to storage is not allowed from this context.');
    };
    try {
      const store = extensionStorageStore();
      await store.save([{ id: 'b1' } as NewPracticeAction]);
      expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['swt.outbox.b1']);
    } finally {
      session.set = original;
    }
  });
});

describe('outbox → router → practice log (the real chain, in memory)', () => {
  beforeEach(async () => {
    await closeLogs();
    freshIndexedDb();
  });

  it('500 actions through a flaky channel: exactly 500 records, no duplicates', async () => {
    const route = createRouter(buildHandlerTable(), { runtimeId: fakeBrowser.runtime.id, extensionOrigin: 'chrome-extension://test/' });
    const sender = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 1 } };
    let n = 0;
    const outbox = createOutbox({
      ...fast,
      store: memoryStore(),
      location: () => ({ host: 'x.com', pathname: '/home' }),
      deliver: async (actions, db) => {
        n++;
        if (n % 5 === 0) throw new MessageError('worker stopped', 'unreachable');
        const type = actions.length === 1 ? 'log.record' : 'log.recordBatch';
        const payload = actions.length === 1 ? { action: actions[0], db } : { actions, db };
        const reply = await send(type as 'log.recordBatch', payload as never, async (m) => route(m, sender));
        if (n % 7 === 0) throw new MessageError('port closed after commit', 'unreachable');
        return 'results' in reply ? reply.results : [reply as unknown as RecordAck];
      },
    });
    const acks = await Promise.all(Array.from({ length: 500 }, (_, i) => outbox.record({ ...detected, metrics: { i } })));
    const db = await logDb('practice');
    const all = await db.getAll('actions');
    expect(acks).toHaveLength(500);
    expect(all).toHaveLength(500);
    expect(new Set(all.map((a) => a.metrics.i)).size).toBe(500);
  });
});
