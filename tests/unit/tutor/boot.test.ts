// @vitest-environment happy-dom
/**
 * bootTutor's choice between serving a site itself and handing it to another of our scripts (the runtime site
 * script serves WordPress and hands Mastodon to content-scripts/site-mastodon.js): adapters first, hand-overs
 * after, waiting for a site that renders late, and nothing at all on a page that is neither.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootTutor, handOverTo, type HandOver } from '../../../lib/tutor/boot';
import { defineSite } from '../../../lib/sites/types';

const site = (detect: () => boolean) =>
  defineSite({ id: 'x', kind: 'x', matches: [], detect, contexts: {}, find: () => null, snapshot: () => ({ text: '', paragraphs: [], headings: [], images: [], links: [] }) });
const handOver = (detect: (doc: Document) => boolean) => ({ id: 'site-mastodon', detect, start: vi.fn(async () => undefined) }) satisfies HandOver;

const running: AbortController[] = [];
const boot = (o: Partial<Parameters<typeof bootTutor>[0]>) => {
  const stop = new AbortController();
  running.push(stop);
  return bootTutor({ adapters: [], signal: stop.signal, onLocationChange: () => undefined, ...o });
};

afterEach(() => {
  for (const s of running.splice(0)) s.abort();
  document.body.replaceChildren();
});

describe('bootTutor with hand-overs', () => {
  it('hands a site it does not serve to the other script and starts nothing here', async () => {
    const other = handOver(() => true);
    expect(await boot({ adapters: [site(() => false)], handOver: [other] })).toBeUndefined();
    expect(other.start).toHaveBeenCalledTimes(1);
    expect(document.querySelector('social-web-tutor')).toBeNull();
  });

  it('serves a site its own adapter recognises, before looking at hand-overs', async () => {
    const other = handOver(() => true);
    const tutor = await boot({ adapters: [site(() => true)], handOver: [other] });
    expect(tutor).toBeDefined();
    expect(other.start).not.toHaveBeenCalled();
  });

  it('waits for a site that renders late, then hands over', async () => {
    const other = handOver((doc) => !!doc.querySelector('#mastodon'));
    const booted = boot({ handOver: [other], detectWaitMs: 5000 });
    document.body.append(Object.assign(document.createElement('div'), { id: 'mastodon' }));
    expect(await booted).toBeUndefined();
    expect(other.start).toHaveBeenCalledTimes(1);
  });

  it('does nothing on a page that is neither, and survives a hand-over that fails', async () => {
    const none = handOver(() => false);
    expect(await boot({ adapters: [site(() => false)], handOver: [none] })).toBeUndefined();
    expect(none.start).not.toHaveBeenCalled();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = { id: 'site-mastodon', detect: () => true, start: vi.fn(async () => Promise.reject(new Error('no tab'))) };
    expect(await boot({ handOver: [failing] })).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('site-mastodon'), expect.any(Error));
  });

  it('handOverTo asks the background for that script by name', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
      sent.push(m);
      return Promise.resolve({ ok: true, value: { ok: true } });
    });
    await handOverTo('site-mastodon', () => true).start();
    expect(sent).toEqual([{ sw: 1, type: 'tutor.inject', payload: { script: 'site-mastodon' } }]);
  });
});
