// @vitest-environment happy-dom
/**
 * Keeping found elements on a busy page (lib/sites/social-shared composerFinder, used by every social adapter):
 * a feed growing far from the composer concerns nothing and re-reads nothing; a new composer, dialog or description
 * field, a change inside the composer's region, or the composer going, does. A document whose changes nobody
 * reports is read afresh every time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DomChange } from '../../../lib/dom/observe';
import { composerFinder, scopeOf } from '../../../lib/sites/social-shared';
import x from '../../../lib/sites/x';

const change = (c: Partial<DomChange>): DomChange => ({ added: [], removed: [], targets: [], structural: true, editing: false, overflow: false, ...c });

function page() {
  document.body.innerHTML = `
    <main>
      <div class="inline"><div role="textbox" contenteditable="true" class="box"><p>Hello</p></div><div class="tools"><button class="post">Post</button></div></div>
      <section id="feed"></section>
    </main>`;
  return { box: document.querySelector('.box')!, feed: document.querySelector('#feed')!, tools: document.querySelector('.tools')! };
}

function article(): Element {
  const a = document.createElement('article');
  a.innerHTML = '<header>Council</header><p>Road works this week.</p><footer><span role="button">Reply</span></footer>';
  return a;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('composerFinder', () => {
  const spec = { selector: '[role="textbox"][contenteditable="true"]', regionOf: (box: Element) => scopeOf(box, 'button.post') ?? box, entry: '[role="textbox"], [role="dialog"]' };

  it('reads afresh while nobody reports changes (adapters used on their own, in tests)', () => {
    const f = composerFinder(spec);
    const { box } = page();
    const find = vi.fn(() => document.querySelector('.post'));
    expect(f.composer(document)).toBe(box);
    f.memo(document, 'post', find);
    f.memo(document, 'post', find);
    expect(find).toHaveBeenCalledTimes(2);
  });

  it('keeps what it found while a feed grows elsewhere, and says the growth does not concern it', () => {
    const f = composerFinder(spec);
    const { box, feed } = page();
    const candidates = vi.fn((doc: Document) => Array.from(doc.querySelectorAll(spec.selector)));
    const g = composerFinder({ ...spec, candidates });
    expect(g.concerns(change({}), document)).toBe(true); // nothing kept yet
    expect(g.composer(document)).toBe(box);
    const posts = [article(), article()];
    feed.append(...posts);
    expect(g.concerns(change({ added: posts, targets: [feed] }), document)).toBe(false);
    expect(g.composer(document)).toBe(box);
    expect(candidates).toHaveBeenCalledTimes(1);
    // The same finder with nobody reporting to it reads afresh.
    expect(f.composer(document)).toBe(box);
  });

  it('looks again when a composer or dialog arrives, something changes in its region, or it goes', () => {
    const { box, feed, tools } = page();
    const f = composerFinder(spec);
    f.concerns(change({}), document);
    expect(f.composer(document)).toBe(box);

    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = '<div role="textbox" contenteditable="true" class="reply"></div>';
    document.body.append(dialog);
    expect(f.concerns(change({ added: [dialog], targets: [document.body] }), document)).toBe(true);
    expect(f.composer(document)).toBe(dialog.querySelector('.reply'));
    dialog.remove();
    expect(f.concerns(change({ removed: [dialog], targets: [document.body] }), document)).toBe(true);
    expect(f.composer(document)).toBe(box);

    // An attachment in the composer's region (the scope holding its post button).
    const thumb = document.createElement('img');
    tools.append(thumb);
    expect(f.concerns(change({ added: [thumb], targets: [tools] }), document)).toBe(true);
    f.composer(document);
    expect(f.concerns(change({ added: [article()], targets: [feed] }), document)).toBe(false);

    box.remove();
    expect(f.concerns(change({ removed: [box], targets: [box.parentElement ?? document.body] }), document)).toBe(true);
    expect(f.composer(document)).toBeNull();
  });

  it('re-checks a kept element is still there and still matches, and looks again when focus moves', () => {
    const { box } = page();
    const f = composerFinder(spec);
    f.concerns(change({}), document);
    expect(f.composer(document)).toBe(box);
    box.setAttribute('contenteditable', 'false');
    expect(f.composer(document)).toBeNull();
    box.setAttribute('contenteditable', 'true');
    const other = document.createElement('div');
    other.setAttribute('role', 'textbox');
    other.setAttribute('contenteditable', 'true');
    other.tabIndex = 0;
    document.body.append(other);
    // Not reported, but focus moved into it: the composer in use is the focused one.
    other.focus();
    expect(f.composer(document)).toBe(other);
    expect(f.memo(document, 'gone', () => other)).toBe(other);
    other.remove();
    expect(f.memo(document, 'gone', () => null)).toBeNull();
  });

  it('counts an overflowing change, or a long quiet spell, as concerning it', () => {
    const { feed } = page();
    const f = composerFinder(spec);
    f.concerns(change({}), document);
    f.composer(document);
    expect(f.concerns(change({ overflow: true }), document)).toBe(true);
    f.composer(document);
    const now = vi.spyOn(performance, 'now').mockReturnValue(performance.now() + 60_000);
    expect(f.concerns(change({ added: [article()], targets: [feed] }), document)).toBe(true);
    now.mockRestore();
  });
});

describe('scopeOf', () => {
  it('is the smallest ancestor holding a match, and null when the page has none (one query, not one per level)', () => {
    const { box } = page();
    expect(scopeOf(box, 'button.post')).toBe(document.querySelector('.inline'));
    expect(scopeOf(box, 'button.nowhere')).toBeNull();
    const spy = vi.spyOn(Element.prototype, 'querySelector');
    scopeOf(box, 'button.nowhere');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('crosses shadow boundaries upwards', () => {
    document.body.innerHTML = '<div class="outer"><button class="post"></button><div class="host"></div></div>';
    const root = document.querySelector('.host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><div class="box"></div></div>';
    expect(scopeOf(root.querySelector('.box')!, 'button.post')).toBe(document.querySelector('.outer'));
  });
});

describe('the X adapter on a growing feed', () => {
  it('finds the same elements as before, and a feed growing far away does not concern it', () => {
    const { feed } = page();
    document.querySelector('.box')!.setAttribute('data-testid', 'tweetTextarea_0');
    document.querySelector('.post')!.setAttribute('data-testid', 'tweetButtonInline');
    const box = x.find('composeBox', document);
    expect(box).toBe(document.querySelector('.box'));
    expect(x.concerns!(change({}), document)).toBe(true);
    expect(x.find('postButton', document)).toBe(document.querySelector('.post'));
    const posts = [article(), article(), article()];
    feed.append(...posts);
    expect(x.concerns!(change({ added: posts, targets: [feed] }), document)).toBe(false);
    expect(x.find('composeBox', document)).toBe(box);
    expect(x.snapshot(document, 'x.home').text).toBe('Hello');
  });
});
