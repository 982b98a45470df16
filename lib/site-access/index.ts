/**
 * Site access: the runtime permission flow for sites outside the fixed list (self-hosted WordPress, Mastodon
 * servers). Background: `startSiteAccess()` once, and the `site.*` handlers (lib/messaging/handlers/site.ts).
 * Pages: lib/site-access/client.ts.
 */
import { createSiteAccess, type SiteAccess } from './service';

export { createSiteAccess, SiteAccessError, type SiteAccess, type SiteStatus, type ReconcileResult } from './service';
export { RUNTIME_SCRIPT } from './registry';

let instance: SiteAccess | undefined;

/** The background's one SiteAccess (it holds Firefox MV2's registrations and the per-tab records). */
export function siteAccess(): SiteAccess {
  instance ??= createSiteAccess();
  return instance;
}

/** Uses `access` as the background's SiteAccess (tests, or a background that builds its own with other APIs). */
export function provideSiteAccess(access: SiteAccess): void {
  instance = access;
}

/**
 * Call synchronously in the background's main function: adds the permission and tab listeners (an MV3 worker
 * woken by an event only delivers it to listeners added in the first turn) and reconciles the registrations.
 */
export function startSiteAccess(): () => void {
  return siteAccess().start();
}
