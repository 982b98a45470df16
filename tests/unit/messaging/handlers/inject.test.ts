/**
 * `tutor.inject`: the background runs one of our scripts (the overlay's drawing code, or Mastodon's tutor) in exactly
 * the frame that asked (Chrome and Firefox MV3 through `scripting`, Firefox MV2 through `tabs.executeScript`), only
 * for our content scripts, only files it knows, and says plainly when it cannot.
 */
import { describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { createRouter } from '@/lib/messaging/router';
import { injectHandlers, injectScript, TUTOR_SCRIPTS, type InjectApi } from '@/lib/messaging/handlers/inject';
import { AREAS, buildHandlerTable } from '@/lib/messaging/handlers';

const env = { runtimeId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
const fromFrame = (frameId?: number) => ({ id: 'our-id', url: 'https://x.com/compose/post', tab: { id: 7 }, frameId });
const envelope = (script: unknown) => ({ sw: 1, type: 'tutor.inject', payload: { script } });

describe('injectScript', () => {
  it('uses scripting.executeScript on the one frame, at once', async () => {
    const executeScript = vi.fn(async () => [{ result: undefined }]);
    await injectScript({ scripting: { executeScript }, tabs: { executeScript: vi.fn() } }, 'overlay.js', 7, 3);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['overlay.js'], injectImmediately: true });
  });

  it('falls back to tabs.executeScript (Firefox MV2) with the frame id and an absolute path', async () => {
    const executeScript = vi.fn(async () => [undefined]);
    await injectScript({ tabs: { executeScript } }, 'content-scripts/site-mastodon.js', 7, 0);
    expect(executeScript).toHaveBeenCalledWith(7, { file: '/content-scripts/site-mastodon.js', frameId: 0, runAt: 'document_start' });
  });

  it('says plainly when the browser has neither', async () => {
    await expect(injectScript({}, 'overlay.js', 7, 0)).rejects.toThrow(/neither scripting nor tabs.executeScript/);
  });

  it('knows exactly the scripts the build makes from our entrypoints', () => {
    expect(TUTOR_SCRIPTS).toEqual({ overlay: 'overlay.js', 'site-mastodon': 'content-scripts/site-mastodon.js' });
    expect(existsSync(new URL('../../../../entrypoints/overlay.ts', import.meta.url))).toBe(true);
    expect(existsSync(new URL('../../../../entrypoints/site-mastodon.content/index.ts', import.meta.url))).toBe(true);
  });
});

describe('tutor.inject through the router', () => {
  const routeWith = (api: InjectApi) => createRouter(injectHandlers(() => api), env);

  it('injects the named script into the sender’s tab and frame (the main frame when none is given)', async () => {
    const executeScript = vi.fn(async () => []);
    const route = routeWith({ scripting: { executeScript } });
    expect(await route(envelope('overlay'), fromFrame(5))).toEqual({ ok: true, value: { ok: true } });
    expect(executeScript).toHaveBeenLastCalledWith(expect.objectContaining({ target: { tabId: 7, frameIds: [5] }, files: ['overlay.js'] }));
    await route(envelope('site-mastodon'), fromFrame(undefined));
    expect(executeScript).toHaveBeenLastCalledWith(expect.objectContaining({ target: { tabId: 7, frameIds: [0] }, files: ['content-scripts/site-mastodon.js'] }));
  });

  it('refuses extension pages, foreign senders, unknown scripts and paths', async () => {
    const executeScript = vi.fn(async () => []);
    const route = routeWith({ scripting: { executeScript } });
    expect(await route(envelope('overlay'), { id: 'our-id', url: 'chrome-extension://our-id/workshop.html', tab: { id: 2 } })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await route(envelope('overlay'), { ...fromFrame(0), id: 'someone-else' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await route(envelope('evil.js'), fromFrame(0))).toMatchObject({ ok: false, code: 'invalid' });
    expect(await route(envelope('../background.js'), fromFrame(0))).toMatchObject({ ok: false, code: 'invalid' });
    expect(await route({ sw: 1, type: 'tutor.inject', payload: { script: 'overlay', file: 'x.js' } }, fromFrame(0))).toMatchObject({ ok: false, code: 'invalid' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('passes the browser’s refusal on as a failed reply (a frame gone, a page that forbids scripts)', async () => {
    const route = routeWith({ scripting: { executeScript: vi.fn(async () => { throw new Error('Frame with ID 5 was removed.'); }) } });
    expect(await route(envelope('overlay'), fromFrame(5))).toEqual({ ok: false, error: 'Frame with ID 5 was removed.', code: 'failed' });
  });

  it('is in the background’s one handler table', () => {
    expect(Object.keys(AREAS.inject!)).toEqual(['tutor.inject']);
    expect(buildHandlerTable()['tutor.inject']).toBeDefined();
  });
});
