/**
 * Handlers for `site.*`: what the content script recognised on a tab, the popup's status question, and turning the
 * tutor on or off for a site. The work is in lib/site-access.
 */
import * as v from 'valibot';
import { siteAccess } from '../../site-access';
import { isSiteOrPattern } from '../../site-access/origins';
import { SiteAccessError } from '../../site-access/service';
import { defineHandlers, HandlerError } from '../router';

const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const Site = v.pipe(
  v.string(),
  v.maxLength(300),
  v.check(isSiteOrPattern, 'must be a web origin such as https://blog.example.org (no path, no port) or a match pattern'),
);

/** Site-access failures are plain sentences for the page to show; keep their code. */
async function guarded(fn: () => Promise<void>): Promise<{ ok: true }> {
  try {
    await fn();
    return { ok: true };
  } catch (error) {
    if (error instanceof SiteAccessError) throw new HandlerError(error.message, error.code);
    throw error;
  }
}

export const siteHandlers = defineHandlers({
  'site.recognised': {
    from: ['content'],
    schema: v.strictObject({
      site: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9.-]{0,39}$/, 'must be a site kind such as "wordpress"')),
      context: v.nullable(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9.-]{0,59}$/, 'must be a dotted lower-case context'))),
    }),
    async handle({ site, context }, ctx) {
      // The tab and its URL come from the browser (the sender), never from the page's own claim.
      const url = ctx.sender.tab?.url ?? ctx.sender.url;
      if (ctx.tabId === undefined || !url) throw new HandlerError('site.recognised must come from a tab.', 'forbidden');
      await siteAccess().recognised(ctx.tabId, url, site, context);
      return { ok: true };
    },
  },
  'site.status': {
    from: ['page'],
    schema: v.strictObject({ tabId: TabId, url: v.pipe(v.string(), v.maxLength(4096)) }),
    handle: ({ tabId, url }) => siteAccess().status(tabId, url),
  },
  'site.enable': {
    from: ['page'],
    schema: v.strictObject({ origin: Site, tabId: v.optional(TabId) }),
    handle: ({ origin, tabId }) => guarded(() => siteAccess().enable(origin, tabId)),
  },
  'site.disable': {
    from: ['page'],
    schema: v.strictObject({ origin: Site }),
    handle: ({ origin }) => guarded(() => siteAccess().disable(origin)),
  },
});
