import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { MessageError, onProgress, request, send } from '@/lib/messaging/client';
import type { ProgressEvent } from '@/lib/messaging/protocol';

describe('client', () => {
  it('sends our envelope and resolves with the value', async () => {
    const seen: unknown[] = [];
    const value = await send('mastery.counts', { skills: ['alt-text'] }, async (m) => (seen.push(m), { ok: true, value: { 'alt-text': 3 } }));
    expect(value).toEqual({ 'alt-text': 3 });
    expect(seen).toEqual([{ sw: 1, type: 'mastery.counts', payload: { skills: ['alt-text'] } }]);
  });

  it('rejects with the reply’s code and message', async () => {
    const error = await send('log.deleteAll', {}, async () => ({ ok: false, error: 'No room.', code: 'quota' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({ code: 'quota', message: 'No room.' });
    expect(await request('log.deleteAll', {}, async () => ({ ok: false, error: 'x' }))).toEqual({ ok: false, error: 'x' });
  });

  it('an unreachable or silent background is "unreachable" (the outbox retries those)', async () => {
    await expect(send('log.deleteAll', {}, async () => Promise.reject(new Error('Could not establish connection')))).rejects.toMatchObject({ code: 'unreachable' });
    await expect(send('log.deleteAll', {}, async () => undefined)).rejects.toMatchObject({ code: 'unreachable' });
  });

  it('onProgress hears only its own request’s events, until stopped', async () => {
    const got: ProgressEvent[] = [];
    const stop = onProgress('import-1', (e) => got.push(e));
    const event = (id: string, done: number): ProgressEvent => ({ sw: 1, event: 'progress', id, phase: 'writing', done, total: 10 });
    for (const listener of [event('import-1', 1), event('other', 2), { sw: 1, type: 'log.stats' }]) {
      await fakeBrowser.runtime.onMessage.trigger(listener, {});
    }
    stop();
    await fakeBrowser.runtime.onMessage.trigger(event('import-1', 3), {});
    expect(got.map((e) => e.done)).toEqual([1]);
  });
});
