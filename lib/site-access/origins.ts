/**
 * Origins and match patterns, pure. The tutor runs on a fixed list of hosts (granted at install) and on the sites a
 * learner turns it on for, one origin at a time, at run time.
 *
 * Patterns we ask for never carry a port: Firefox refuses ports in match patterns, and a pattern without a port
 * matches every port in Chrome too. So a site is `scheme://host` with its pattern `scheme://host/*`.
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/Match_patterns
 */

/** `https://example.org` for an http(s) page; null for everything the tutor cannot run on (chrome:, file:, about:…). */
export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (!u.hostname) return null;
  return `${u.protocol}//${u.hostname}`;
}

/** The host name shown to the learner (no scheme, no port). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** The match pattern we request and register for a site: `https://example.org/*`. */
export function patternForOrigin(origin: string): string {
  const o = originOf(origin);
  if (!o) throw new Error(`Not a web origin: ${origin}`);
  return `${o}/*`;
}

/** Is this a pattern for exactly one site (no wildcard in scheme or host)? */
export function isSitePattern(pattern: string): boolean {
  return /^https?:\/\/[^/*]+\/\*$/.test(pattern);
}

/**
 * How a granted pattern is shown and stored in `enabledOrigins`: the origin for a one-site pattern,
 * the pattern itself when the browser granted something wider (e.g. "On all sites").
 */
export function siteOfPattern(pattern: string): string {
  return isSitePattern(pattern) ? pattern.slice(0, -2) : pattern;
}

/** The reverse of {@link siteOfPattern}: accepts an origin or a pattern. */
export function patternOfSite(site: string): string {
  return site.includes('*') ? site : patternForOrigin(site);
}

/** True for what `site.enable`/`site.disable` accept: an http(s) origin or a match pattern. */
export function isSiteOrPattern(text: string): boolean {
  if (text.includes('*')) return parsePattern(text) !== null;
  return originOf(text) === text.replace(/\/$/, '') && !/:\d+$/.test(text.replace(/^https?:\/\//, ''));
}

interface ParsedPattern {
  schemes: string[];
  host: string;
  path: string;
}

function parsePattern(pattern: string): ParsedPattern | null {
  if (pattern === '<all_urls>') return { schemes: ['http:', 'https:'], host: '*', path: '/*' };
  const m = /^(\*|https?|wss?|ftp|file):\/\/(\*|\*\.[^/*]+|[^/*]+)?(\/.*)$/.exec(pattern);
  if (!m) return null;
  const scheme = m[1]!;
  return { schemes: scheme === '*' ? ['http:', 'https:'] : [`${scheme}:`], host: (m[2] ?? '').replace(/:\d+$/, ''), path: m[3]! };
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

/** Does a match pattern match a URL? (Scheme, host with `*.` sub-domains, path glob; ports ignored.) */
export function patternMatches(pattern: string, url: string): boolean {
  const p = parsePattern(pattern);
  if (!p) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!p.schemes.includes(u.protocol)) return false;
  const host = u.hostname;
  if (p.host !== '*') {
    if (p.host.startsWith('*.')) {
      const base = p.host.slice(2);
      if (host !== base && !host.endsWith(`.${base}`)) return false;
    } else if (host !== p.host) return false;
  }
  return globToRegExp(p.path).test(`${u.pathname}${u.search}`);
}

/** The patterns the manifest grants at install: host permissions and static content-script matches. */
export interface ManifestLike {
  manifest_version: number;
  host_permissions?: string[];
  permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

export function fixedPatterns(manifest: ManifestLike): string[] {
  const fromPermissions =
    manifest.manifest_version >= 3 ? (manifest.host_permissions ?? []) : (manifest.permissions ?? []).filter((p) => p.includes('://'));
  const fromScripts = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
  return [...new Set([...fromPermissions, ...fromScripts])];
}

/** Is this URL one of the sites the tutor always runs on? */
export function isFixedUrl(url: string, manifest: ManifestLike): boolean {
  return fixedPatterns(manifest).some((p) => patternMatches(p, url));
}

/**
 * From the browser's granted origins, the ones the learner added at run time: everything not already granted by the
 * manifest (Chrome lists install-time hosts in `permissions.getAll()` too).
 */
export function runtimeGrantedPatterns(granted: readonly string[], manifest: ManifestLike): string[] {
  const fixed = fixedPatterns(manifest);
  const fixedSet = new Set(fixed);
  return [
    ...new Set(
      granted.filter((pattern) => {
        if (fixedSet.has(pattern)) return false;
        // A one-site pattern covered by a fixed pattern (https://www.x.com/* under https://*.x.com/*) adds nothing.
        if (isSitePattern(pattern)) return !fixed.some((f) => patternMatches(f, `${pattern.slice(0, -1)}`));
        return true;
      }),
    ),
  ].sort();
}

/** A stable, readable content-script id for a pattern (ids must not start with "_"). */
export const SCRIPT_ID_PREFIX = 'swt-site:';
export function scriptIdFor(pattern: string): string {
  return `${SCRIPT_ID_PREFIX}${pattern}`;
}
