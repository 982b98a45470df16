import { beforeEach, describe, expect, it } from 'vitest';
import { siteHandlers } from '../../../lib/messaging/handlers/site';
import { createRouter } from '../../../lib/messaging/router';
import { provideSiteAccess } from '../../../lib/site-access';
import { createSiteAccess } from '../../../lib/site-access/service';
import { createFakeApi } from './fake-api';

const env = { runtimeId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const page = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const content = (tabId: number, url: string) => ({ id: 'ext-id', url, tab: { id: tabId, url } });
const msg = (type: string, payload: unknown) => ({ sw: 1, type, payload });

let fake: ReturnType<typeof createFakeApi>;
let route: ReturnType<typeof createRouter>;
beforeEach(() => {
  fake = createFakeApi({ tabs: { 2: 'https://blog.example.org/wp-admin/' } });
  provideSiteAccess(createSiteAccess(fake.api));
  route = createRouter(siteHandlers, env);
});

describe('site.* handlers', () => {
  it('records what a content script recognised, from the tab the browser names', async () => {
    expect(await route(msg('site.recognised', { site: 'wordpress', context: 'wp.block-editor' }), content(2, 'https://blog.example.org/wp-admin/post-new.php'))).toEqual({
      ok: true,
      value: { ok: true },
    });
    expect(await route(msg('site.status', { tabId: 2, url: 'https://blog.example.org/wp-admin/post-new.php' }), page)).toEqual({
      ok: true,
      value: { running: true, site: 'wordpress', context: 'wp.block-editor', granted: false, fixed: false },
    });
  });

  it('lets only extension pages turn sites on and off, and only content scripts report recognition', async () => {
    expect(await route(msg('site.enable', { origin: 'https://blog.example.org' }), content(2, 'https://blog.example.org/'))).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await route(msg('site.recognised', { site: 'x', context: null }), page)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await route(msg('site.status', { tabId: 1, url: 'https://x.com/' }), { id: 'other-extension', url: 'chrome-extension://other/' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('refuses origins with a path or a port, and names the field', async () => {
    const r = await route(msg('site.enable', { origin: 'https://blog.example.org/wp-admin' }), page);
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    expect((r as { error: string }).error).toMatch(/^Invalid "site.enable": origin: must be a web origin/);
    expect(await route(msg('site.disable', { origin: 'https://blog.example.org:8443' }), page)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('passes site-access refusals through as plain messages with their code', async () => {
    expect(await route(msg('site.enable', { origin: 'https://blog.example.org' }), page)).toMatchObject({
      ok: false,
      code: 'forbidden',
      error: expect.stringMatching(/has not allowed the tutor/),
    });
    expect(await route(msg('site.disable', { origin: 'https://x.com' }), page)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('enables a granted site and starts it in the tab', async () => {
    fake.granted.add('https://blog.example.org/*');
    expect(await route(msg('site.enable', { origin: 'https://blog.example.org', tabId: 2 }), page)).toEqual({ ok: true, value: { ok: true } });
    expect(fake.scripts.size).toBe(1);
    expect(fake.injected).toEqual([{ tabId: 2, files: ['content-scripts/site.js'] }]);
    expect(await route(msg('site.disable', { origin: 'https://blog.example.org' }), page)).toEqual({ ok: true, value: { ok: true } });
    expect(fake.scripts.size).toBe(0);
  });
});
