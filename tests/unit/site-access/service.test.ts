import { describe, expect, it, vi } from 'vitest';
import { enabledOrigins } from '../../../lib/settings/items';
import { createSiteAccess, SiteAccessError } from '../../../lib/site-access/service';
import { RUNTIME_SCRIPT } from '../../../lib/site-access/registry';
import { createFakeApi } from './fake-api';

const BLOG = 'https://blog.example.gov.uk';
const BLOG_PATTERN = `${BLOG}/*`;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('Chrome MV3: scripting.registerContentScripts', () => {
  it('registers the runtime script, persistent, once the site is granted and enabled, and starts it in the tab', async () => {
    const fake = createFakeApi({ tabs: { 7: `${BLOG}/wp-admin/post-new.php` } });
    const access = createSiteAccess(fake.api);
    access.start();
    // The popup asks the browser (the learner says yes), which fires onAdded, then sends site.enable.
    await fake.api.permissions.request({ origins: [BLOG_PATTERN] });
    await access.enable(BLOG, 7);

    expect([...fake.scripts.values()]).toEqual([
      {
        id: `swt-site:${BLOG_PATTERN}`,
        matches: [BLOG_PATTERN],
        js: [...RUNTIME_SCRIPT.js],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
    expect(fake.injected).toEqual([{ tabId: 7, files: ['content-scripts/site.js'] }]);
    expect(await enabledOrigins.getValue()).toEqual([BLOG]);
  });

  it('refuses to enable a site the browser has not granted, with a plain message', async () => {
    const fake = createFakeApi();
    const access = createSiteAccess(fake.api);
    await expect(access.enable(BLOG)).rejects.toThrow(SiteAccessError);
    await expect(access.enable(BLOG)).rejects.toThrow(/has not allowed the tutor on https:\/\/blog\.example\.gov\.uk/);
    expect(fake.scripts.size).toBe(0);
  });

  it('turns a site off: unregisters, withdraws the permission, updates the list', async () => {
    const fake = createFakeApi({ granted: [BLOG_PATTERN] });
    const access = createSiteAccess(fake.api);
    await access.reconcile();
    expect(fake.scripts.size).toBe(1);
    await access.disable(BLOG);
    expect(fake.scripts.size).toBe(0);
    expect(fake.granted.has(BLOG_PATTERN)).toBe(false);
    expect(await enabledOrigins.getValue()).toEqual([]);
  });

  it('will not turn off a fixed site (offer a pause instead)', async () => {
    const fake = createFakeApi();
    const access = createSiteAccess(fake.api);
    await expect(access.disable('https://x.com')).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/pause/) });
    await expect(access.disable('https://me.wordpress.com')).rejects.toMatchObject({ code: 'invalid' });
    expect(fake.granted.has('https://x.com/*')).toBe(true);
  });

  it('says so when a wider grant keeps the site on after removal', async () => {
    const fake = createFakeApi({ granted: ['https://*/*', BLOG_PATTERN] });
    const access = createSiteAccess(fake.api);
    await expect(access.disable(BLOG)).rejects.toThrow(/wider permission/);
  });

  it('follows grants and withdrawals made in the browser’s own menu', async () => {
    const fake = createFakeApi();
    const access = createSiteAccess(fake.api);
    const stop = access.start();
    await settle();
    fake.browserGrants('https://social.example.org/*');
    await vi.waitFor(() => expect(fake.scripts.has('swt-site:https://social.example.org/*')).toBe(true));
    expect(await enabledOrigins.getValue()).toEqual(['https://social.example.org']);
    fake.browserWithdraws('https://social.example.org/*');
    await vi.waitFor(() => expect(fake.scripts.size).toBe(0));
    expect(await enabledOrigins.getValue()).toEqual([]);
    stop();
    expect(fake.events.onAdded.listeners.size).toBe(0);
  });

  it('reconciles at start-up: registers granted sites that lost their script, drops scripts for withdrawn sites', async () => {
    const fake = createFakeApi({ granted: [BLOG_PATTERN] });
    fake.scripts.set('swt-site:https://gone.example.org/*', { id: 'swt-site:https://gone.example.org/*', matches: ['https://gone.example.org/*'] });
    fake.scripts.set('someone-else', { id: 'someone-else', matches: ['https://other.example/*'] });
    const result = await createSiteAccess(fake.api).reconcile();
    expect(result).toMatchObject({ registered: [BLOG_PATTERN], unregistered: ['https://gone.example.org/*'], errors: [] });
    expect([...fake.scripts.keys()].sort()).toEqual(['someone-else', `swt-site:${BLOG_PATTERN}`]);
  });

  it('does not register twice when site.enable and onAdded race', async () => {
    const fake = createFakeApi();
    const access = createSiteAccess(fake.api);
    access.start();
    await fake.api.permissions.request({ origins: [BLOG_PATTERN] });
    await Promise.all([access.enable(BLOG), access.enable(BLOG), access.reconcile()]);
    expect(fake.scripts.size).toBe(1);
  });

  it('a failing registration reports its site and does not block the others', async () => {
    const fake = createFakeApi({ granted: ['https://a.example/*', 'https://b.example/*'] });
    const register = fake.api.scripting!.registerContentScripts;
    fake.api.scripting!.registerContentScripts = async (list) => {
      if (list[0]!.matches![0] === 'https://a.example/*') throw new Error('boom');
      return register(list);
    };
    const result = await createSiteAccess(fake.api).reconcile();
    expect(result.errors).toEqual(['https://a.example/*: boom']);
    expect(result.registered).toEqual(['https://b.example/*']);
    await expect(createSiteAccess(fake.api).enable('https://a.example')).rejects.toThrow(/Could not start the tutor on https:\/\/a\.example: boom/);
  });
});

describe('Firefox MV2: contentScripts.register, again on every start', () => {
  it('registers through contentScripts and again after the background restarts', async () => {
    const fake = createFakeApi({ manifestVersion: 2, granted: [BLOG_PATTERN] });
    const first = createSiteAccess(fake.api);
    expect(first.registry?.kind).toBe('contentScripts');
    first.start();
    await vi.waitFor(() => expect(fake.mv2Scripts.size).toBe(1));
    expect([...fake.mv2Scripts][0]).toEqual({ matches: [BLOG_PATTERN], js: [{ file: '/content-scripts/site.js' }] });

    // The background page stops: Firefox drops its registrations with it. The next start registers again.
    fake.mv2Scripts.clear();
    const second = createSiteAccess(fake.api);
    second.start();
    await vi.waitFor(() => expect(fake.mv2Scripts.size).toBe(1));

    await second.disable(BLOG);
    expect(fake.mv2Scripts.size).toBe(0);
    expect(fake.granted.has(BLOG_PATTERN)).toBe(false);
  });
});

describe('what the popup is told about a tab', () => {
  it('reports pages the tutor cannot run on', async () => {
    const access = createSiteAccess(createFakeApi().api);
    expect(await access.status(1, 'chrome://extensions/')).toEqual({ running: false, site: null, context: null, granted: false, fixed: false });
  });

  it('reports a fixed site as granted and fixed, and what the content script recognised there', async () => {
    const access = createSiteAccess(createFakeApi().api);
    expect(await access.status(3, 'https://x.com/home')).toEqual({ running: false, site: null, context: null, granted: true, fixed: true });
    await access.recognised(3, 'https://x.com/compose/post', 'x', 'x.compose');
    expect(await access.status(3, 'https://x.com/home')).toEqual({ running: true, site: 'x', context: 'x.compose', granted: true, fixed: true });
  });

  it('reports an ungranted site as off, and forgets a record from another origin, a reload or a closed tab', async () => {
    const fake = createFakeApi({ granted: [BLOG_PATTERN] });
    const access = createSiteAccess(fake.api);
    access.start();
    expect(await access.status(4, 'https://elsewhere.example/')).toMatchObject({ granted: false, fixed: false, running: false });

    await access.recognised(4, `${BLOG}/wp-admin/`, 'wordpress', 'wp.dashboard');
    expect(await access.status(4, `${BLOG}/wp-admin/`)).toMatchObject({ running: true, granted: true, context: 'wp.dashboard' });
    expect(await access.status(4, 'https://elsewhere.example/')).toMatchObject({ running: false });

    fake.events.tabUpdated.fire(4, { status: 'loading' }, {});
    await vi.waitFor(async () => expect(await access.status(4, `${BLOG}/wp-admin/`)).toMatchObject({ running: false }));

    await access.recognised(5, `${BLOG}/wp-admin/`, 'wordpress', null);
    fake.events.tabRemoved.fire(5, {});
    await vi.waitFor(async () => expect(await access.status(5, `${BLOG}/wp-admin/`)).toMatchObject({ running: false }));
  });

  it('keeps the records in storage.session, so a worker that slept still knows them', async () => {
    const fake = createFakeApi();
    await createSiteAccess(fake.api).recognised(9, 'https://x.com/', 'x', null);
    const woken = createSiteAccess(fake.api);
    expect(await woken.status(9, 'https://x.com/')).toMatchObject({ running: true, site: 'x' });
  });
});
