/**
 * `overlay.load`: the background runs the overlay script in exactly the frame that asked (Chrome and Firefox MV3
 * through `scripting`, Firefox MV2 through `tabs.executeScript`), only for our content scripts, and says plainly
 * when it cannot.
 */
import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '@/lib/messaging/router';
import { injectOverlay, OVERLAY_SCRIPT, overlayHandlers, type InjectApi } from '@/lib/messaging/handlers/overlay';
import { AREAS, buildHandlerTable } from '@/lib/messaging/handlers';
import { existsSync } from 'node:fs';

const env = { runtimeId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
const fromFrame = (frameId?: number) => ({ id: 'our-id', url: 'https://x.com/compose/post', tab: { id: 7 }, frameId });
const envelope = { sw: 1, type: 'overlay.load', payload: {} };

describe('injectOverlay', () => {
  it('uses scripting.executeScript on the one frame, at once', async () => {
    const executeScript = vi.fn(async () => [{ result: undefined }]);
    await injectOverlay({ scripting: { executeScript }, tabs: { executeScript: vi.fn() } }, 7, 3);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['overlay.js'], injectImmediately: true });
  });

  it('falls back to tabs.executeScript (Firefox MV2) with the frame id and an absolute path', async () => {
    const executeScript = vi.fn(async () => [undefined]);
    await injectOverlay({ tabs: { executeScript } }, 7, 0);
    expect(executeScript).toHaveBeenCalledWith(7, { file: '/overlay.js', frameId: 0, runAt: 'document_start' });
  });

  it('says plainly when the browser has neither', async () => {
    await expect(injectOverlay({}, 7, 0)).rejects.toThrow(/neither scripting nor tabs.executeScript/);
  });

  it('names a script the build makes (entrypoints/overlay.ts → overlay.js)', () => {
    expect(OVERLAY_SCRIPT).toBe('overlay.js');
    expect(existsSync(new URL('../../../../entrypoints/overlay.ts', import.meta.url))).toBe(true);
  });
});

describe('overlay.load through the router', () => {
  const routeWith = (api: InjectApi) => createRouter(overlayHandlers(() => api), env);

  it('injects into the sender’s tab and frame (the main frame when none is given)', async () => {
    const executeScript = vi.fn(async () => []);
    const route = routeWith({ scripting: { executeScript } });
    expect(await route(envelope, fromFrame(5))).toEqual({ ok: true, value: { ok: true } });
    expect(executeScript).toHaveBeenLastCalledWith(expect.objectContaining({ target: { tabId: 7, frameIds: [5] } }));
    await route(envelope, fromFrame(undefined));
    expect(executeScript).toHaveBeenLastCalledWith(expect.objectContaining({ target: { tabId: 7, frameIds: [0] } }));
  });

  it('refuses extension pages and foreign senders, and payloads with anything in them', async () => {
    const executeScript = vi.fn(async () => []);
    const route = routeWith({ scripting: { executeScript } });
    expect(await route(envelope, { id: 'our-id', url: 'chrome-extension://our-id/workshop.html', tab: { id: 2 } })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await route(envelope, { ...fromFrame(0), id: 'someone-else' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await route({ ...envelope, payload: { file: 'evil.js' } }, fromFrame(0))).toMatchObject({ ok: false, code: 'invalid' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('passes the browser’s refusal on as a failed reply (a frame gone, a page that forbids scripts)', async () => {
    const route = routeWith({ scripting: { executeScript: vi.fn(async () => { throw new Error('Frame with ID 5 was removed.'); }) } });
    expect(await route(envelope, fromFrame(5))).toEqual({ ok: false, error: 'Frame with ID 5 was removed.', code: 'failed' });
  });

  it('is in the background’s one handler table', () => {
    expect(Object.keys(AREAS.overlay!)).toEqual(['overlay.load']);
    expect(buildHandlerTable()['overlay.load']).toBeDefined();
  });
});
