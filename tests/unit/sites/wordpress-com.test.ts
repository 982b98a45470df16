// @vitest-environment happy-dom
/**
 * WordPress.com: its wp-admin is WordPress (modelled from the 6.7 captures with WordPress.com addresses), and
 * Calypso's editor page wraps it in a cross-origin iframe (modelled on wp-calypso). See the fixtures' README.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import wordpressCom, { isCalypsoEditor } from '../../../lib/sites/wordpress-com';
import wordpress from '../../../lib/sites/wordpress';
import { contextOf, ELEMENT_NAMES } from '../../../lib/sites/types';
import { TICK, canvas, loadWp, pieceOf, q, settle, until } from './wordpress-helpers';
import type { DetectedAction } from '../../../lib/sites/types';


// Writing a 50 kB wp-admin page into happy-dom takes 0.1–0.7 s on these shared machines; some tests load several.
vi.setConfig({ testTimeout: 20_000 });
const SITE = 'https://councilnews.wordpress.com';
const DIR = 'wordpress-com';

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('WordPress.com adapter', () => {
  it('is granted on WordPress.com hosts only', () => {
    expect(wordpressCom.matches).toEqual(['https://wordpress.com/*', 'https://*.wordpress.com/*']);
    expect(wordpressCom.kind).toBe('wordpress.com');
  });

  it("matches its own examples and none of the other contexts' examples", () => {
    for (const [id, spec] of Object.entries(wordpressCom.contexts)) {
      expect(spec.examples.length, id).toBeGreaterThan(0);
      expect(wordpressCom.contextLabels?.[id], id).toBeDefined();
      for (const example of spec.examples) {
        const url = new URL(example);
        expect(spec.test(url), `${id} ← ${example}`).toBe(true);
        for (const [other, otherSpec] of Object.entries(wordpressCom.contexts)) {
          if (other !== id) expect(otherSpec.test(url), `${other} must not match ${example}`).toBe(false);
        }
      }
    }
    // Self-hosted examples are not WordPress.com's, and the other way round.
    for (const spec of Object.values(wordpress.contexts)) for (const e of spec.examples) expect(contextOf(wordpressCom, new URL(e)), e).toBeUndefined();
    for (const spec of Object.values(wordpressCom.contexts)) for (const e of spec.examples) expect(contextOf(wordpress, new URL(e)), e).toBeUndefined();
  });

  it('knows Calypso editor addresses', () => {
    expect(isCalypsoEditor(new URL('https://wordpress.com/post/councilnews.wordpress.com/123'))).toBe(true);
    expect(isCalypsoEditor(new URL('https://wordpress.com/post/councilnews.wordpress.com'))).toBe(true);
    expect(isCalypsoEditor(new URL('https://wordpress.com/home/councilnews.wordpress.com'))).toBe(false);
    expect(isCalypsoEditor(new URL('https://councilnews.wordpress.com/post/123'))).toBe(false);
  });

  it("Calypso's editor page: only the editor frame, nothing to read", () => {
    const doc = loadWp(DIR, 'calypso-editor', 'https://wordpress.com');
    const url = new URL(doc.URL);
    expect(wordpressCom.detect(doc, url)).toBe(true);
    expect(wordpress.detect(doc, url)).toBe(false);
    expect(contextOf(wordpressCom, url, doc)).toBe('wpcom.editor');
    expect(wordpressCom.find('editorCanvas', doc)?.matches('iframe.is-iframe-loaded')).toBe(true);
    for (const name of ELEMENT_NAMES) if (name !== 'editorCanvas') expect(wordpressCom.find(name, doc), name).toBeNull();
    expect(wordpressCom.snapshot(doc, 'wpcom.editor')).toEqual({ text: '', paragraphs: [], headings: [], images: [], links: [] });
    expect(wordpressCom.watchedFields!(doc)).toEqual([]);
  });

  it('wp-admin on <site>.wordpress.com: the block editor, found and read like self-hosted WordPress', () => {
    const doc = loadWp(DIR, 'block-editor-image', SITE);
    const url = new URL(doc.URL);
    expect(wordpressCom.detect(doc, url)).toBe(true);
    expect(wordpress.detect(doc, url)).toBe(false);
    expect(contextOf(wordpressCom, url, doc)).toBe('wp.block-editor');
    expect(wordpressCom.find('titleField', doc)?.ownerDocument).toBe(canvas(doc));
    expect(wordpressCom.find('imageAltField', doc)?.matches('.block-editor-block-inspector textarea')).toBe(true);
    expect(wordpressCom.find('publishButton', doc)?.matches('.editor-post-publish-panel__toggle')).toBe(true);
    const s = wordpressCom.snapshot(doc, 'wp.block-editor');
    expect(s.title).toBe('Library opens earlier');
    expect(s.images[0]!.alt).toBeNull();
    expect(s.links[0]!.href).toBe(`${SITE}/opening-hours/`);
  });

  it('comments and dashboard screens', () => {
    let doc = loadWp(DIR, 'comments', SITE);
    expect(contextOf(wordpressCom, new URL(doc.URL), doc)).toBe('wp.comments');
    expect(wordpressCom.find('pendingComment', doc)?.id).toBe('comment-2');
    doc = loadWp(DIR, 'dashboard', SITE);
    expect(contextOf(wordpressCom, new URL(doc.URL), doc)).toBe('wp.dashboard');
    expect(wordpressCom.find('adminMenu', doc)?.id).toBe('adminmenu');
  });

  it('logs post.published with the WordPress.com host in its key', async () => {
    const doc = loadWp(DIR, 'block-editor-image', SITE);
    const emitted: DetectedAction[] = [];
    const controller = new AbortController();
    stop = () => controller.abort();
    wordpressCom.watch!({ doc, context: 'wp.block-editor', signal: controller.signal, emit: (a) => emitted.push(a) });
    await settle(TICK);
    q(doc, '.editor-post-publish-panel__toggle').replaceWith(pieceOf(DIR, 'block-editor-published.html', '.editor-post-publish-button'));
    // "Save draft" is only there until the post is live.
    doc.querySelector('.editor-post-save-draft')?.remove();
    await until(() => emitted.length > 0);
    expect(emitted.map((a) => a.key)).toEqual([`post.published:councilnews.wordpress.com:${q<HTMLInputElement>(doc, '#post_ID').value}`]);
  });

  it('does not watch the Calypso page itself', async () => {
    const doc = loadWp(DIR, 'calypso-editor', 'https://wordpress.com');
    const emitted: DetectedAction[] = [];
    const controller = new AbortController();
    stop = () => controller.abort();
    wordpressCom.watch!({ doc, context: 'wpcom.editor', signal: controller.signal, emit: (a) => emitted.push(a) });
    q(doc, 'div.main').append(pieceOf('wordpress/6.7', 'block-editor-published.html', '.editor-post-publish-panel'));
    await settle(TICK);
    expect(emitted).toEqual([]);
  });
});
