/**
 * Wiring: the popup's API from the real browser, the messaging client and the settings. The component
 * (components/popup/Popup.tsx) gets it as a prop and never touches `browser` itself.
 */
import { browser } from 'wxt/browser';
import type { PopupApi, PopupPage } from '../../components/popup/types';
import { setLocale } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import { feedbackUnread, pausedHosts, pausedUntil, profile, tipLevel, unreadCount } from '../../lib/settings/items';
import { pauseHost, pauseTips, resumeHost, resumeTips } from '../../lib/settings/pause';
import { disableSite, enableSite, targetTab, type PageApi } from '../../lib/site-access/client';

const PATHS = {
  practice: '/dashboard.html#mine',
  feedback: '/dashboard.html#mine',
  mentor: '/dashboard.html#mentor',
  workshop: '/workshop.html',
  settings: '/options.html',
} as const satisfies Record<PopupPage, string>;

/** `search`: the popup's query string; `?tab=<id>` makes it about that tab (opened in a tab of its own). */
export function createPopupApi(search: string = location.search): PopupApi {
  // The typed `browser` knows our paths but not the narrow shapes lib/site-access declares; same objects.
  const pageApi = browser as unknown as PageApi;
  const inTab = new URLSearchParams(search).has('tab');
  const urlOf = (page: PopupPage) => browser.runtime.getURL(PATHS[page] as '/options.html');
  return {
    tab: () => targetTab(pageApi, search),
    status: (tabId, url) => send('site.status', { tabId, url }),
    enable: (origin, tabId) => enableSite(pageApi, send, origin, tabId),
    disable: (origin) => disableSite(send, origin),
    stats: async () => {
      const s = await send('log.stats', {});
      return { today: s.today, streak: s.streak };
    },
    settings: async () => {
      const [level, until, hosts, prof, unread] = await Promise.all([
        tipLevel.getValue(),
        pausedUntil.getValue(),
        pausedHosts.getValue(),
        profile.getValue(),
        feedbackUnread.getValue(),
      ]);
      return { tipLevel: level, pausedUntil: until, pausedHosts: hosts, role: prof.role, feedbackUnread: unreadCount(unread) };
    },
    watchSettings: (onChange) => {
      const stops = [tipLevel, pausedUntil, pausedHosts, profile, feedbackUnread].map((item) => item.watch(() => onChange()));
      return () => stops.forEach((stop) => stop());
    },
    pauseFor: async (ms) => {
      await pauseTips(ms);
    },
    resume: resumeTips,
    pauseHost: (host) => pauseHost(host),
    resumeHost,
    setLocale,
    urlOf,
    open: (page) => {
      const opened = page === 'settings' ? browser.runtime.openOptionsPage() : browser.tabs.create({ url: urlOf(page) });
      // A real popup closes once the page is open; opened in a tab of its own, it stays.
      if (!inTab) void opened.then(() => window.close());
    },
    now: () => Date.now(),
  };
}
