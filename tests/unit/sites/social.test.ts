// @vitest-environment happy-dom
/**
 * Conventions shared by the six social adapters, and the shared reading/counting/watching code.
 * Every context predicate is tested against every example of every adapter (each example with its own site's
 * fixture document, since Mastodon is recognised by its DOM): an example matches its own context and no other.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import bluesky from '../../../lib/sites/bluesky';
import facebook from '../../../lib/sites/facebook';
import linkedin from '../../../lib/sites/linkedin';
import mastodon from '../../../lib/sites/mastodon';
import threads from '../../../lib/sites/threads';
import { contextOf, ELEMENT_NAMES, type SiteAdapter } from '../../../lib/sites/types';
import x from '../../../lib/sites/x';
import {
  POST_CONFIRM_WINDOW_MS,
  readEditableText,
  shortHash,
  socialMetrics,
  urlsIn,
  watchComposers,
} from '../../../lib/sites/social-shared';
import { FIXED_HOSTS } from '../../../wxt.config';
import { fire, loadFixture, settle } from './social-fixtures';

const ADAPTERS: SiteAdapter[] = [x, linkedin, facebook, mastodon, bluesky, threads];
const docs = new Map(ADAPTERS.map((a) => [a.id, loadFixture(a.id)]));

describe('social adapters: conventions', () => {
  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s: id is its file name, kind matches, it has a fixture with a source note', (id, adapter) => {
    expect(existsSync(join(__dirname, '../../../lib/sites', `${id}.ts`))).toBe(true);
    expect(adapter.kind).toBe(id);
    const dir = join(__dirname, '../../fixtures/html', id);
    const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const head = readFileSync(join(dir, file), 'utf8').slice(0, 4000);
      expect(head.startsWith('<!--')).toBe(true);
      expect(head).toMatch(/Sources? consulted/);
      expect(head).toMatch(/Date: \d{4}-\d{2}/);
      expect(head).toMatch(/Confidence:/);
    }
  });

  it('fixed sites ask only for hosts the manifest grants; Mastodon asks for none', () => {
    for (const adapter of ADAPTERS) for (const pattern of adapter.matches) expect(FIXED_HOSTS).toContain(pattern);
    expect(mastodon.matches).toEqual([]);
    expect(ADAPTERS.flatMap((a) => a.matches).sort()).toEqual(
      ['https://x.com/*', 'https://twitter.com/*', 'https://www.linkedin.com/*', 'https://www.facebook.com/*', 'https://bsky.app/*', 'https://www.threads.net/*', 'https://www.threads.com/*'].sort(),
    );
  });

  const allExamples = ADAPTERS.flatMap((adapter) =>
    Object.entries(adapter.contexts).flatMap(([context, spec]) => spec.examples.map((example) => ({ adapter, context, example }))),
  );

  it.each(allExamples.map((e) => [e.example, e.context, e] as const))('%s is %s and nothing else', (_u, _c, { adapter, context, example }) => {
    const url = new URL(example);
    const doc = docs.get(adapter.id);
    expect(adapter.detect(doc!, url)).toBe(true);
    expect(contextOf(adapter, url, doc)).toBe(context);
    for (const other of ADAPTERS) {
      for (const [otherContext, spec] of Object.entries(other.contexts)) {
        if (otherContext === context) continue;
        expect(spec.test(url, doc), `${otherContext} must not match ${example}`).toBe(false);
      }
    }
  });

  it('context ids are "<site>.<screen>" and each has a label key', () => {
    for (const adapter of ADAPTERS) {
      for (const id of Object.keys(adapter.contexts)) {
        expect(id.startsWith(`${adapter.id}.`)).toBe(true);
        expect(adapter.contextLabels?.[id]).toMatch(/^context_[a-z_]+$/);
      }
    }
  });

  it('every adapter answers every element name without throwing, and returns null for ones it lacks', () => {
    for (const adapter of ADAPTERS) {
      const doc = docs.get(adapter.id)!;
      for (const name of ELEMENT_NAMES) expect(() => adapter.find(name, doc)).not.toThrow();
      expect(adapter.find('titleField', doc)).toBeNull();
      expect(adapter.find('commentList', doc)).toBeNull();
    }
  });

  it('a snapshot is read-only: the page is byte-for-byte the same after snapshot and find', () => {
    for (const adapter of ADAPTERS) {
      const doc = loadFixture(adapter.id);
      const before = doc.documentElement.outerHTML;
      const context = Object.keys(adapter.contexts)[0]!;
      adapter.snapshot(doc, context);
      for (const name of ELEMENT_NAMES) adapter.find(name, doc);
      adapter.watchedFields?.(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });
});

describe('reading editors', () => {
  const parse = (html: string) => new DOMParser().parseFromString(`<div id="e" contenteditable="true">${html}</div>`, 'text/html').getElementById('e')!;

  it('ProseMirror/Quill/Lexical paragraphs, trailing breaks and empty paragraphs', () => {
    expect(readEditableText(parse('<p class="is-empty"><br class="ProseMirror-trailingBreak"></p>'))).toBe('');
    expect(readEditableText(parse('<p>one</p><p><br></p><p>two<br>three</p>'))).toBe('one\n\ntwo\nthree');
    expect(readEditableText(parse('<p dir="auto"><span data-lexical-text="true">a</span><span data-lexical-text="true">b</span></p>'))).toBe('ab');
    expect(readEditableText(parse('<p>x<br class="ProseMirror-trailingBreak"></p>'))).toBe('x');
  });

  it('Draft.js blocks', () => {
    const el = parse(
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">Hello </span><span data-text="true">world</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div><div data-block="true"><div><span><span data-text="true">Bye</span></span></div></div></div>',
    );
    expect(readEditableText(el)).toBe('Hello world\n\nBye');
  });

  it('textarea value', () => {
    const doc = new DOMParser().parseFromString('<textarea id="t"></textarea>', 'text/html');
    const t = doc.getElementById('t') as HTMLTextAreaElement;
    t.value = 'typed';
    expect(readEditableText(t)).toBe('typed');
  });
});

describe('post metrics (counted by lib/checks)', () => {
  const snap = (text: string, images: { alt: string | null; src: string }[] = []) => ({ text, paragraphs: [], headings: [], images, links: [] });

  it('links as written, not inside mentions or e-mail addresses, trailing punctuation excluded', () => {
    expect(urlsIn('See https://example.gov.uk/a?b=1. Or www.example.org, or example.com/path!')).toEqual([
      'https://example.gov.uk/a?b=1',
      'www.example.org',
      'example.com/path',
    ]);
    expect(urlsIn('Email me@example.gov.uk or ask @alex@social.example.org')).toEqual([]);
  });

  it('numbers and booleans only; a link written twice is one link; lengths in each platform\'s units', () => {
    const metrics = socialMetrics('x', snap('Read https://example.gov.uk and https://example.gov.uk #LocalGov', [{ src: 'a', alt: 'A van' }, { src: 'b', alt: '' }]));
    expect(metrics).toEqual({ hadAltText: false, imageCount: 2, hashtagCount: 1, hashtagsCamelCase: true, linkCount: 1, length: 'Read  and  #LocalGov'.length + 46 });
    for (const value of Object.values(metrics)) expect(['number', 'boolean']).toContain(typeof value);
    expect(socialMetrics('x', snap('日本')).length).toBe(4);
    expect(socialMetrics('bluesky', snap('👨‍👩‍👧 hi')).length).toBe(4);
    expect(socialMetrics('mastodon', snap('hi @alex@social.example.org https://example.gov.uk/long/path')).length).toBe('hi @alex '.length + 23);
  });

  it('hashtags: CamelCase by lib/checks\' heuristic (run-together lower-case words are not)', () => {
    expect(socialMetrics('threads', snap('Bins #binday #LocalGov'))).toMatchObject({ hashtagCount: 2, hashtagsCamelCase: false });
    expect(socialMetrics('threads', snap('Bins #BinDay #recycling'))).toMatchObject({ hashtagCount: 2, hashtagsCamelCase: true });
    expect(socialMetrics('threads', snap('No tags'))).toMatchObject({ hashtagCount: 0, hashtagsCamelCase: false });
  });

  it('hadAltText needs images, every one described', () => {
    expect(socialMetrics('x', snap('x')).hadAltText).toBe(false);
    expect(socialMetrics('x', snap('x', [{ src: 'a', alt: 'A van' }])).hadAltText).toBe(true);
    expect(socialMetrics('x', snap('x', [{ src: 'a', alt: null }])).hadAltText).toBe(false);
  });

  it('keys never carry the hashed words', () => {
    expect(shortHash('blob:https://x.com/abc')).toMatch(/^[0-9a-z]+$/);
    expect(shortHash('a')).not.toBe(shortHash('b'));
  });
});

describe('the composer watcher', () => {
  function setup() {
    const doc = new DOMParser().parseFromString(
      '<div id="scope"><textarea id="box"></textarea><button id="post">Post</button></div><div id="toasts"></div>',
      'text/html',
    );
    const emitted: { type: string; key: string }[] = [];
    const controller = new AbortController();
    watchComposers(
      { doc, context: 'test', signal: controller.signal, emit: (a) => emitted.push(a) },
      {
        site: 'x',
        postButtonSelector: '#post',
        isEnabled: () => true,
        composerForButton: (_b, d) => d.getElementById('box'),
        composeSelector: '#box',
        snapshotOf: (box) => ({ text: readEditableText(box), paragraphs: [], headings: [], images: [], links: [] }),
        postedSignals: (d) => Array.from(d.querySelectorAll('.toast')),
        altFieldSelector: '.alt',
        imageKeyForAltField: () => null,
      },
    );
    const box = doc.getElementById('box') as HTMLTextAreaElement;
    const toast = () => doc.getElementById('toasts')!.append(Object.assign(doc.createElement('div'), { className: 'toast' }));
    return { doc, box, emitted, toast, stop: () => controller.abort() };
  }

  it('a toast already on screen before Post was pressed is not this post\'s confirmation', async () => {
    const { doc, box, emitted, toast, stop } = setup();
    toast();
    box.value = 'Hello';
    fire(doc.getElementById('post')!, 'click');
    doc.body.append(doc.createElement('span')); // some unrelated change
    await settle();
    expect(emitted).toEqual([]);
    toast();
    await settle();
    expect(emitted).toHaveLength(1);
    stop();
  });

  it('a confirmation after the window has passed is not counted', async () => {
    vi.useFakeTimers();
    try {
      const { doc, box, emitted, toast, stop } = setup();
      box.value = 'Hello';
      fire(doc.getElementById('post')!, 'click');
      vi.advanceTimersByTime(POST_CONFIRM_WINDOW_MS + 1000);
      toast();
      await vi.advanceTimersByTimeAsync(1000);
      expect(emitted).toEqual([]);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('two posts in a row are two actions with different keys', async () => {
    const { doc, box, emitted, toast, stop } = setup();
    box.value = 'One';
    fire(doc.getElementById('post')!, 'click');
    toast();
    await settle(5);
    box.value = 'Two';
    fire(doc.getElementById('post')!, 'click');
    toast();
    await settle();
    expect(emitted).toHaveLength(2);
    expect(emitted[0]!.key).not.toBe(emitted[1]!.key);
    stop();
  });
});
