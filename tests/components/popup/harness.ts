/**
 * A popup API for component tests built from the real pieces: lib/site-access's page client, the real router and
 * site.* handlers, and a SiteAccess on the in-memory browser from tests/unit/site-access/fake-api.ts (whose
 * `permissions.request` is the mock the test controls). Settings go through fakeBrowser's storage.
 */
import { vi } from 'vitest';
import type { PopupApi } from '../../../components/popup/types';
import { siteHandlers } from '../../../lib/messaging/handlers/site';
import type { MessageName, RequestOf, ResponseOf } from '../../../lib/messaging/protocol';
import { createRouter } from '../../../lib/messaging/router';
import { feedbackUnread, pausedHosts, pausedUntil, profile, tipLevel, locale } from '../../../lib/settings/items';
import { pauseHost, pauseTips, resumeHost, resumeTips } from '../../../lib/settings/pause';
import { provideSiteAccess } from '../../../lib/site-access';
import { disableSite, enableSite, targetTab } from '../../../lib/site-access/client';
import { createSiteAccess } from '../../../lib/site-access/service';
import { createFakeApi, type FakeOptions } from '../../unit/site-access/fake-api';

const env = { runtimeId: 'ext', extensionOrigin: 'chrome-extension://ext/' };

export function popupHarness(opts: FakeOptions & { stats?: () => Promise<{ today: number; streak: number }> } = {}) {
  const fake = createFakeApi(opts);
  const access = createSiteAccess(fake.api);
  provideSiteAccess(access);
  const route = createRouter(siteHandlers, env);
  const sent: { type: string; payload: unknown }[] = [];
  const send = async <K extends MessageName>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> => {
    sent.push({ type, payload });
    const reply = await route({ sw: 1, type, payload }, { id: 'ext', url: 'chrome-extension://ext/popup.html' });
    if (!reply) throw new Error('no reply');
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as ResponseOf<K>;
  };
  const request = vi.fn(fake.api.permissions.request);
  fake.api.permissions.request = request;
  const opened: string[] = [];
  let now = Date.parse('2027-03-01T10:00:00Z');

  const api: PopupApi = {
    tab: () => targetTab(fake.api, ''),
    status: (tabId, url) => send('site.status', { tabId, url }),
    enable: (origin, tabId) => enableSite(fake.api, send, origin, tabId),
    disable: (origin) => disableSite(send, origin),
    stats: opts.stats ?? (async () => ({ today: 3, streak: 2 })),
    settings: async () => ({
      tipLevel: await tipLevel.getValue(),
      pausedUntil: await pausedUntil.getValue(),
      pausedHosts: await pausedHosts.getValue(),
      role: (await profile.getValue()).role,
      feedbackUnread: await feedbackUnread.getValue(),
    }),
    watchSettings: (cb) => {
      const stops = [tipLevel, pausedUntil, pausedHosts, profile, feedbackUnread].map((i) => i.watch(() => cb()));
      return () => stops.forEach((s) => s());
    },
    pauseFor: async (ms) => void (await pauseTips(ms, now)),
    resume: resumeTips,
    pauseHost: (h) => pauseHost(h),
    resumeHost,
    setLocale: (l) => locale.setValue(l),
    urlOf: (page) => `chrome-extension://ext/${page}.html`,
    open: (page) => void opened.push(page),
    now: () => now,
  };
  return { api, fake, access, sent, request, opened, setNow: (t: number) => (now = t) };
}
