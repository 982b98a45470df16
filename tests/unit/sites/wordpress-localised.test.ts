// @vitest-environment happy-dom
/**
 * wp-admin in Welsh: the adapter finds its panels and tells scheduled from published by the screen's structure,
 * not by English words.
 *
 * HONEST NOTE ON THE FIXTURES: these are DERIVED, not captured. The npm builds package that gives us WordPress
 * (@wp-playground/wordpress-builds 0.9.19) ships no language packs, and Debian's wordpress-l10n (6.1.9) has only
 * the PHP .mo files, no block-editor JSON, so a real Welsh block editor cannot be served offline here. So each test
 * loads a fixture captured from real WordPress 6.5.5 / 6.7-alpha and translates the words WordPress shows (text
 * nodes and aria-labels) with the table below: the markup stays exactly what WordPress rendered, only the words
 * change, as a language pack changes them. The Welsh comes from WordPress's own translation (Debian's
 * wordpress-l10n cy.mo / admin-cy.mo) where it has the string; the others (marked "ours") are our Welsh.
 *
 * A guard proves the derivation is complete enough to mean something: no text or label left in a derived page
 * matches any English word the adapter can fall back to (`ENGLISH`, `ENGLISH_NOTICES`).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import wordpress from '../../../lib/sites/wordpress';
import { ENGLISH, ENGLISH_NOTICES, isDefaultCategoryName, panelSaysScheduled } from '../../../lib/sites/wp-shared';
import { createEngine } from '../../../lib/tips/engine';
import { RULES } from '../../../lib/tips/rules';
import { TICK, fire, loadWp, pieceOf, q, settle, startWpWatch, until } from './wordpress-helpers';

vi.setConfig({ testTimeout: 20_000 });
const VERSIONS = ['6.5', '6.7'] as const;
const dir = (v: string) => `wordpress/${v}`;

/** Whole strings WordPress shows, English → Welsh. */
const WELSH: Record<string, string> = {
  Categories: 'Categorïau',
  Tags: 'Tagiau',
  Uncategorized: 'Heb Gategori',
  'Featured image': 'Delwedd nodwedd', // ours (cy.mo has "Set featured image" → "Gosod y ddelwedd nodwedd")
  'Set featured image': 'Gosod y ddelwedd nodwedd',
  'View Post': 'Dangos Cofnod',
  'Add New Post': 'Ychwanegu Cofnod Newydd',
  Scheduled: 'Amserlennwyd',
  Published: 'Cyhoeddwyd',
  'Change post status: Scheduled': 'Newid statws y cofnod: Amserlennwyd', // ours
  'Change post status: Published': 'Newid statws y cofnod: Cyhoeddwyd', // ours
  'Post published.': 'Cyhoeddwyd y cofnod.', // ours
  'Post scheduled.': 'Amserlennwyd y cofnod.', // ours
  'Post updated.': 'Cofnod wedi ei Ddiweddaru.',
  'Alternative text': 'Testun amgen', // ours
  Summary: 'Crynodeb',
  Excerpt: 'Dyfyniad',
  Discussion: 'Trafodaeth',
  News: 'Newyddion',
  'Add New Category': 'Ychwanegu Categori Newydd',
  'All Categories': 'Pob Categori',
  'Most Used': 'Defnyddiwyd Amlaf',
  Schedule: 'Amserlennu',
  Publish: 'Cyhoeddi',
  Update: 'Diweddaru',
  Save: 'Cadw',
};

/** Sentences the post-publish panel builds around the post's title (editor.js, JS strings: ours). */
const WELSH_PHRASES: [RegExp, string][] = [
  [/is now scheduled\. It will go live on/, 'wedi ei amserlennu. Bydd yn mynd yn fyw ar'],
  [/is now live\./, 'yn fyw nawr.'],
  [/\bscheduled\b/gi, 'amserlennwyd'],
  [/\bUncategori[sz]ed\b/g, 'Heb Gategori'],
];

function welsh(text: string): string {
  const trimmed = text.trim();
  const whole = WELSH[trimmed];
  if (whole !== undefined) return text.replace(trimmed, whole);
  return WELSH_PHRASES.reduce((t, [from, to]) => t.replace(from, to), text);
}

/** Translates the words of a page (and its same-origin frames) in place, as a Welsh language pack would show them. */
function translate(root: Node): void {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const t of texts) t.data = welsh(t.data);
  const elements = root.nodeType === 1 ? [root as Element, ...(root as Element).querySelectorAll('*')] : Array.from(doc.querySelectorAll('*'));
  for (const el of elements) {
    for (const attr of ['aria-label', 'title', 'placeholder']) {
      const value = el.getAttribute(attr);
      if (value) el.setAttribute(attr, welsh(value));
    }
    if (el.tagName === 'IFRAME') {
      const inner = (el as HTMLIFrameElement).contentDocument;
      if (inner) translate(inner);
    }
  }
  if (root.nodeType === 9) doc.documentElement.setAttribute('lang', 'cy');
}

function loadWelsh(v: string, name: string): Document {
  const doc = loadWp(dir(v), name);
  translate(doc);
  return doc;
}

function welshPiece(v: string, file: string, selector: string): HTMLElement {
  const piece = pieceOf(dir(v), file, selector);
  translate(piece);
  return piece;
}

/** Every text and label in a page and its frames. */
function wordsOf(root: Document | Element): string[] {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const out: string[] = [];
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) out.push((n as Text).data.trim());
  for (const el of root.querySelectorAll('*')) {
    const label = el.getAttribute('aria-label');
    if (label) out.push(label);
    if (el.tagName === 'IFRAME') {
      const inner = (el as HTMLIFrameElement).contentDocument;
      if (inner) out.push(...wordsOf(inner));
    }
  }
  return out;
}

const FALLBACKS = [...Object.values(ENGLISH), ...Object.values(ENGLISH_NOTICES)];
/** The guard: nothing in the derived page is a word the adapter's English fallbacks would catch. */
function expectNoEnglishFallbackWords(root: Document | Element): void {
  const caught = wordsOf(root).filter((w) => FALLBACKS.some((re) => new RegExp(re.source, re.flags.replace('g', '')).test(w)));
  expect(caught).toEqual([]);
}

let stops: (() => void)[] = [];
afterEach(() => {
  stops.forEach((s) => s());
  stops = [];
});
function watch(context: string) {
  const w = startWpWatch(context);
  stops.push(w.stop);
  return w;
}

describe.each(VERSIONS)('wp-admin in Welsh (derived from WordPress %s fixtures)', (v) => {
  it('the derived pages hold none of the English words the adapter falls back to', () => {
    for (const name of ['block-editor-new', 'block-editor-post-settings', 'block-editor-prepublish', 'block-editor-published', 'block-editor-scheduled']) {
      expectNoEnglishFallbackWords(loadWelsh(v, name));
    }
    expect(document.documentElement.lang).toBe('cy');
  });

  it('finds the collapsed Categories panel by the admin menu’s own name for it', () => {
    const doc = loadWelsh(v, 'block-editor-new');
    const panel = wordpress.find('categoriesPanel', doc);
    expect(panel).not.toBeNull();
    expect(panel!.matches('.components-panel__body')).toBe(true);
    expect(panel!.querySelector('.components-panel__body-toggle')!.textContent!.trim()).toBe('Categorïau');
  });

  it('finds the featured image panel: 6.5’s collapsed panel by its place after the taxonomies, 6.7’s summary box', () => {
    const doc = loadWelsh(v, 'block-editor-new');
    const panel = wordpress.find('featuredImagePanel', doc);
    expect(panel).not.toBeNull();
    if (v === '6.5') expect(panel!.querySelector('.components-panel__body-toggle')!.textContent!.trim()).toBe('Delwedd nodwedd');
    else expect(panel!.matches('.editor-post-featured-image')).toBe(true);
  });

  it('tells a scheduled post from a published one by the post-publish panel’s buttons', () => {
    const published = loadWelsh(v, 'block-editor-published');
    expect(panelSaysScheduled(q(published, '.post-publish-panel__postpublish'))).toBe(false);
    const scheduled = loadWelsh(v, 'block-editor-scheduled');
    expect(panelSaysScheduled(q(scheduled, '.post-publish-panel__postpublish'))).toBe(true);
  });

  it('logs post.scheduled, not post.published, when a Welsh post-publish panel says it is scheduled', async () => {
    const doc = loadWelsh(v, 'block-editor-prepublish');
    const w = watch('wp.block-editor');
    await settle(TICK);
    const panel = welshPiece(v, 'block-editor-scheduled.html', '.editor-post-publish-panel');
    expectNoEnglishFallbackWords(panel);
    q(doc, '.editor-post-publish-panel').replaceWith(panel);
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['post.scheduled']);
  });

  it('logs post.published for a Welsh post-publish panel of a live post', async () => {
    const doc = loadWelsh(v, 'block-editor-prepublish');
    const w = watch('wp.block-editor');
    await settle(TICK);
    q(doc, '.editor-post-publish-panel').replaceWith(welshPiece(v, 'block-editor-published.html', '.editor-post-publish-panel'));
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['post.published']);
  });

  it('knows "Heb Gategori" is the default category: the snapshot, the tip, and category.set only for a real one', async () => {
    const doc = loadWelsh(v, 'block-editor-post-settings');
    const w = watch('wp.block-editor');
    await settle(TICK);
    const boxes = Array.from(doc.querySelectorAll<HTMLInputElement>('.editor-post-taxonomies__hierarchical-terms-list input[type="checkbox"]'));
    const label = (b: HTMLInputElement) => doc.querySelector(`label[for="${b.id}"]`)!.textContent!.trim();
    const news = boxes.find((b) => label(b) === 'Newyddion')!;
    const none = boxes.find((b) => label(b) === 'Heb Gategori')!;
    news.checked = false;
    none.checked = true;
    fire(none, 'change');
    const snap = wordpress.snapshot(doc, 'wp.block-editor');
    expect(snap.categories).toEqual(['Heb Gategori']);
    expect(snap.extra).toMatchObject({ uncategorized: true });
    // With something written, the tip asks for a real category.
    const engine = createEngine(RULES);
    const written = { ...snap, text: 'Mae’r llyfrgell yn agor yn gynt.', paragraphs: ['Mae’r llyfrgell yn agor yn gynt.'] };
    const fired = engine.evaluate({ site: 'wordpress', context: 'wp.block-editor', content: written, now: new Date(), practised: () => 0 });
    expect(fired.map((m) => m.rule.id)).toContain('post-uncategorized');
    await settle(TICK);
    expect(w.emitted).toEqual([]);

    news.checked = true;
    fire(news, 'change');
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['category.set']);
    expect(w.emitted[0]!.metrics).toEqual({ categoryCount: 2, uncategorized: true });
    expect(wordpress.snapshot(doc, 'wp.block-editor').extra).toMatchObject({ uncategorized: false });
  });

  it('classic editor: the default category is known by its term id, whatever it is called', () => {
    const doc = loadWp(dir(v), 'classic-editor');
    translate(doc);
    const boxes = Array.from(doc.querySelectorAll<HTMLInputElement>('#categorychecklist input[type="checkbox"]'));
    for (const b of boxes) b.checked = b.value === '1';
    // A site that renamed its default category: still the default.
    const label = q(doc, '#categorychecklist input[value="1"]').closest('label')!;
    label.lastChild!.textContent = ' Amrywiol';
    expect(wordpress.snapshot(doc, 'wp.classic-editor').extra).toMatchObject({ uncategorized: true });
    for (const b of boxes) b.checked = b.value !== '1';
    expect(wordpress.snapshot(doc, 'wp.classic-editor').extra).toMatchObject({ uncategorized: false });
  });
});

describe('default category names', () => {
  it('are read in the admin’s language only: "General" is Catalan’s default, and a real category in English', () => {
    expect(isDefaultCategoryName('Uncategorized')).toBe(true);
    expect(isDefaultCategoryName('Uncategorised', 'en-GB')).toBe(true);
    expect(isDefaultCategoryName('Heb Gategori', 'cy')).toBe(true);
    expect(isDefaultCategoryName('Allgemein', 'de-DE')).toBe(true);
    expect(isDefaultCategoryName('General', 'ca')).toBe(true);
    expect(isDefaultCategoryName('General', 'en-US')).toBe(false);
    expect(isDefaultCategoryName('Heb Gategori', 'en-US')).toBe(false);
    expect(isDefaultCategoryName('Newyddion', 'cy')).toBe(false);
  });
});
