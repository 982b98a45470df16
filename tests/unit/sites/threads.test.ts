// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import threads from '../../../lib/sites/threads';
import { fire, instantiate, loadFixture, q, settle, startWatch, typeInto } from './social-fixtures';

function openComposer(doc: Document, replyTo?: Element): HTMLElement {
  const layer = instantiate(doc, 'composer');
  if (replyTo) {
    const copy = replyTo.cloneNode(true) as Element;
    copy.querySelector('[data-fixture="reply"]')?.remove();
    q(layer, '.parent').append(copy);
  }
  q(doc, '#overlays').append(layer);
  return layer;
}

function type(editor: Element, text: string, byLearner = true): void {
  const doc = editor.ownerDocument;
  editor.replaceChildren(
    ...(text === '' ? [''] : text.split('\n')).map((line) => {
      const p = doc.createElement('p');
      if (line) {
        const span = doc.createElement('span');
        span.setAttribute('data-lexical-text', 'true');
        span.textContent = line;
        p.append(span);
      } else p.append(doc.createElement('br'));
      return p;
    }),
  );
  if (byLearner) fire(editor, 'input');
  editor.closest('[role="dialog"]')?.querySelector('.post-button')?.setAttribute('aria-disabled', String(text.trim() === ''));
}

function attach(layer: Element, src: string): HTMLElement {
  const item = instantiate(layer.ownerDocument, 'attachment');
  q(item, 'img').setAttribute('src', src);
  q(layer, '.attachments').append(item);
  return item;
}

describe('threads adapter on the Threads fixture', () => {
  it('finds the composer dialog elements', () => {
    const doc = loadFixture('threads');
    expect(threads.find('composeBox', doc)).toBeNull();
    const layer = openComposer(doc);
    expect(threads.find('composeBox', doc)?.getAttribute('data-lexical-editor')).toBe('true');
    expect(threads.find('postButton', doc)?.textContent?.trim()).toBe('Post');
    expect(threads.find('replyBox', doc)).toBeNull();
    expect(threads.find('charCounter', doc)).toBeNull();
    expect(threads.find('altTextButton', doc)).toBeNull();
    attach(layer, 'blob:https://www.threads.com/1');
    expect(threads.find('altTextButton', doc)?.textContent).toBe('Alt');
    const altLayer = instantiate(doc, 'alt-editor');
    q(altLayer, 'img').setAttribute('src', 'blob:https://www.threads.com/1');
    q(doc, '#overlays').append(altLayer);
    expect(threads.find('imageAltField', doc)?.tagName).toBe('TEXTAREA');
  });

  it('reads the text and the 500 limit; feed images are not attachments', () => {
    const doc = loadFixture('threads');
    const layer = openComposer(doc, q(doc, '[data-pressable-container]'));
    type(q(layer, '[data-lexical-editor]'), 'Thanks — see threads.com/@library');
    const snap = threads.snapshot(doc, 'threads.home');
    expect(snap.text).toBe('Thanks — see threads.com/@library');
    expect(snap.limit).toBe(500);
    expect(snap.isReply).toBe(true);
    expect(snap.images).toEqual([]);
  });

  it('posting with a described image, confirmed by the toast', async () => {
    const doc = loadFixture('threads');
    const { emitted, stop } = startWatch(threads, doc, 'threads.home');
    const layer = openComposer(doc);
    type(q(layer, '[data-lexical-editor]'), 'Library van #MobileLibrary');
    attach(layer, 'blob:https://www.threads.com/van');
    const altLayer = instantiate(doc, 'alt-editor');
    q(altLayer, 'img').setAttribute('src', 'blob:https://www.threads.com/van');
    q(doc, '#overlays').append(altLayer);
    typeInto(q(altLayer, 'textarea'), 'A blue library van');
    altLayer.remove();
    // A click on another button in the dialog (Cancel) is not a post.
    fire(q(layer, '[data-fixture="cancel"]'), 'click');
    fire(q(layer, '.post-button'), 'click');
    q(doc, '#overlays').append(instantiate(doc, 'toast'));
    await settle();
    expect(emitted.map((a) => a.type)).toEqual(['social.alt-added', 'social.posted']);
    expect(emitted[1]?.metrics).toMatchObject({ hadAltText: true, imageCount: 1, hashtagCount: 1, hashtagsCamelCase: true });
    stop();
  });

  it('a reply dialog closing after Post: social.replied', async () => {
    const doc = loadFixture('threads');
    const { emitted, stop } = startWatch(threads, doc, 'threads.post');
    const layer = openComposer(doc, q(doc, '[data-pressable-container]'));
    type(q(layer, '[data-lexical-editor]'), 'Thank you!');
    fire(q(layer, '.post-button'), 'click');
    layer.remove();
    await settle();
    expect(emitted.map((a) => a.type)).toEqual(['social.replied']);
    stop();
  });
});
