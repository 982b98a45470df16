import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { buildHandlerTable } from '@/lib/messaging/handlers';
import { createRouter } from '@/lib/messaging/router';
import { startPracticeLog } from '@/lib/practice/service';
import { startSiteAccess } from '@/lib/site-access';

// Wiring only: one handler table for every message (lib/messaging/handlers.ts), the sender checked by the router.
export default defineBackground(() => {
  const route = createRouter(buildHandlerTable(), { runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') });
  // Registered synchronously at start-up, so a message that wakes the worker finds its listener.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  void startPracticeLog().catch((error) => console.error('practice log start-up failed', error));
  // Site access: permission listeners added now (same reason), then the registered scripts reconciled with the grants.
  startSiteAccess();
});
