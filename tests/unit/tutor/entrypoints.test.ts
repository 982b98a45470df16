/**
 * The content scripts' match patterns are the adapters' own (a site added to an adapter but not to its script
 * would silently never run), the runtime-registered script asks for no host at all (WXT would add its patterns
 * to host_permissions), and its name is the one lib/site-access registers.
 */
import { describe, expect, it } from 'vitest';
import social from '../../../entrypoints/social.content/index';
import wordpress from '../../../entrypoints/wordpress.content/index';
import site from '../../../entrypoints/site.content/index';
import siteMastodon from '../../../entrypoints/site-mastodon.content/index';
import x from '../../../lib/sites/x';
import linkedin from '../../../lib/sites/linkedin';
import facebook from '../../../lib/sites/facebook';
import bluesky from '../../../lib/sites/bluesky';
import threads from '../../../lib/sites/threads';
import wordpressCom from '../../../lib/sites/wordpress-com';
import mastodon from '../../../lib/sites/mastodon';
import selfHosted from '../../../lib/sites/wordpress';
import { RUNTIME_SCRIPT } from '../../../lib/site-access/registry';
import { FIXED_HOSTS } from '../../../wxt.config';

const sorted = (a: readonly string[]) => [...a].sort();

describe('content scripts', () => {
  it('social: exactly the social adapters’ patterns, all granted at install', () => {
    const patterns = [x, linkedin, facebook, bluesky, threads].flatMap((a) => a.matches);
    expect(sorted(social.matches as string[])).toEqual(sorted([...new Set(patterns)]));
    for (const p of social.matches as string[]) expect(FIXED_HOSTS).toContain(p);
  });

  it('wordpress: WordPress.com’s patterns, in every frame (Calypso’s editor frame is cross-origin)', () => {
    expect(sorted(wordpress.matches as string[])).toEqual(sorted(wordpressCom.matches));
    expect(wordpress.allFrames).toBe(true);
  });

  it('site: registered at runtime only, with no patterns, as content-scripts/site.js', () => {
    expect(site.registration).toBe('runtime');
    expect(site.matches).toEqual([]);
    expect(mastodon.matches).toEqual([]);
    expect(selfHosted.matches).toEqual([]);
    expect(RUNTIME_SCRIPT.js).toEqual(['content-scripts/site.js']);
  });

  it('site: recognises Mastodon through the small detection module only, never the whole Mastodon adapter', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../../entrypoints/site.content/index.ts', import.meta.url), 'utf8');
    expect(source).toContain("from '../../lib/sites/mastodon-shared'");
    expect(source).not.toMatch(/from '\.\.\/\.\.\/lib\/sites\/mastodon'/);
  });

  it('site-mastodon: never registered or in the manifest (the site script starts it through the background)', () => {
    expect(siteMastodon.registration).toBe('runtime');
    expect(siteMastodon.matches).toEqual([]);
  });
});
