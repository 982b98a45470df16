// @vitest-environment happy-dom
/**
 * Mastodon runs on any domain, so the tutor reaches it through the runtime-registered content script
 * (entrypoints/site.content), which serves self-hosted WordPress too and must tell them apart by the page's DOM,
 * never by its address. This checks the choice that script makes (lib/tutor/boot `pickAdapter` over its adapters,
 * in its order) on the committed fixtures, served under hosts that say nothing about the software.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pickAdapter } from '../../../lib/tutor/boot';
import mastodon from '../../../lib/sites/mastodon';
import wordpress from '../../../lib/sites/wordpress';
import { contextOf } from '../../../lib/sites/types';
import { fixtureHtml } from './social-fixtures';

/** entrypoints/site.content's adapters, in its order. */
const RUNTIME_ADAPTERS = [wordpress, mastodon];

/** Make the test window's document this page, at this address (as a browser would have loaded it). */
function load(url: string, html: string): Document {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true));
  return document;
}

afterEach(() => {
  load('about:blank', '<html><body></body></html>');
});

describe('the runtime content script recognises Mastodon by its DOM', () => {
  it.each(['https://social.example.org/home', 'https://toot.council.example/home', 'https://blog.example.gov.uk/home'])('on %s', (url) => {
    const doc = load(url, fixtureHtml('mastodon'));
    expect(pickAdapter(RUNTIME_ADAPTERS, doc)?.id).toBe('mastodon');
    expect(contextOf(mastodon, new URL(url), doc)).toBe('mastodon.home');
  });

  it('knows the screen from the path once it is Mastodon (home, compose, a post, elsewhere)', () => {
    const doc = load('https://social.example.org/@library/109000000000000042', fixtureHtml('mastodon'));
    expect(pickAdapter(RUNTIME_ADAPTERS, doc)?.id).toBe('mastodon');
    expect(contextOf(mastodon, new URL(doc.location.href), doc)).toBe('mastodon.status');
    expect(contextOf(mastodon, new URL('https://social.example.org/publish'), doc)).toBe('mastodon.compose');
    expect(contextOf(mastodon, new URL('https://social.example.org/explore'), doc)).toBe('mastodon.other');
  });

  it('does not take a WordPress admin page for Mastodon, nor Mastodon for WordPress', () => {
    const doc = load('https://social.example.org/wp-admin/post-new.php', fixtureHtml('wordpress', '6.7/block-editor-new.html'));
    expect(pickAdapter(RUNTIME_ADAPTERS, doc)?.id).toBe('wordpress');
    expect(mastodon.detect(doc, new URL(doc.location.href))).toBe(false);
  });

  it('starts nothing on a page that is neither (e.g. another social site under a granted origin, or a plain page)', () => {
    expect(pickAdapter(RUNTIME_ADAPTERS, load('https://social.example.org/home', fixtureHtml('x')))).toBeNull();
    expect(pickAdapter(RUNTIME_ADAPTERS, load('https://social.example.org/about', '<html><body><h1>About this server</h1></body></html>'))).toBeNull();
  });

  it('recognises it once the web app has rendered, when the script started before it did', () => {
    const doc = load('https://social.example.org/home', '<html><body></body></html>');
    expect(pickAdapter(RUNTIME_ADAPTERS, doc)).toBeNull();
    const app = new DOMParser().parseFromString(fixtureHtml('mastodon'), 'text/html').querySelector('#mastodon')!;
    doc.body.append(doc.importNode(app, true));
    expect(pickAdapter(RUNTIME_ADAPTERS, doc)?.id).toBe('mastodon');
  });
});
