// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import facebook from '../../../lib/sites/facebook';
import { fire, instantiate, loadFixture, q, settle, startWatch, typeInto } from './social-fixtures';

function openCreatePost(doc: Document): HTMLElement {
  const layer = instantiate(doc, 'create-post');
  q(doc, '#dialogs').append(layer);
  return layer;
}

/** Lexical: one <p> per line, text in span[data-lexical-text]; <p><br></p> when empty. */
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
  editor.closest('[role="dialog"]')?.querySelector('[aria-label="Post"]')?.setAttribute('aria-disabled', String(text.trim() === ''));
}

function openComments(doc: Document): HTMLElement {
  const box = instantiate(doc, 'comment-box');
  q(doc, '[role="article"]').append(box);
  return q(box, '[data-lexical-editor]');
}

describe('facebook adapter on the Facebook fixture', () => {
  it('finds the create-post dialog elements', () => {
    const doc = loadFixture('facebook');
    expect(facebook.find('composeBox', doc)).toBeNull();
    const layer = openCreatePost(doc);
    expect(facebook.find('composeBox', doc)?.getAttribute('data-lexical-editor')).toBe('true');
    expect(facebook.find('postButton', doc)?.getAttribute('aria-label')).toBe('Post');
    expect(facebook.find('replyBox', doc)).toBeNull();
    expect(facebook.find('charCounter', doc)).toBeNull();
    expect(facebook.find('altTextButton', doc)).toBeNull();
    const photo = instantiate(doc, 'photo');
    q(photo, 'img').setAttribute('src', 'blob:https://www.facebook.com/1');
    q(layer, '.media-preview').append(photo);
    expect(facebook.find('altTextButton', doc)?.getAttribute('aria-label')).toBe('Edit');
    const altEditor = instantiate(doc, 'alt-editor');
    q(altEditor, 'img').setAttribute('src', 'blob:https://www.facebook.com/1');
    q(doc, '#dialogs').append(altEditor);
    expect(facebook.find('imageAltField', doc)?.getAttribute('aria-label')).toBe('Alternative text');
  });

  it('a Lexical editor outside a post or the create dialog (e.g. Messenger) is not a composer', () => {
    const doc = loadFixture('facebook');
    const chat = doc.createElement('div');
    chat.innerHTML = '<div role="dialog" aria-label="Chat"><div contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div></div>';
    doc.body.append(chat);
    expect(facebook.find('composeBox', doc)).toBeNull();
  });

  it('reads Lexical paragraphs with the 63,206 limit; images in the dialog', () => {
    const doc = loadFixture('facebook');
    const layer = openCreatePost(doc);
    const editor = q(layer, '[data-lexical-editor]');
    expect(facebook.snapshot(doc, 'facebook.feed').text).toBe('');
    type(editor, 'Consultation open\nTell us what you think: www.example.gov.uk/consult');
    const photo = instantiate(doc, 'photo');
    q(photo, 'img').setAttribute('src', 'blob:https://www.facebook.com/1');
    q(layer, '.media-preview').append(photo);
    const snap = facebook.snapshot(doc, 'facebook.feed');
    expect(snap.text).toBe('Consultation open\nTell us what you think: www.example.gov.uk/consult');
    expect(snap.limit).toBe(63206);
    expect(snap.images).toEqual([{ src: 'blob:https://www.facebook.com/1', alt: null }]);
    expect(snap.links).toHaveLength(1);
  });

  it('posting: the dialog closes → social.posted; the alt text typed for the photo counts', async () => {
    const doc = loadFixture('facebook');
    const { emitted, stop } = startWatch(facebook, doc, 'facebook.feed');
    const layer = openCreatePost(doc);
    type(q(layer, '[data-lexical-editor]'), 'Our new library van');
    const photo = instantiate(doc, 'photo');
    q(photo, 'img').setAttribute('src', 'blob:https://www.facebook.com/van');
    q(layer, '.media-preview').append(photo);
    const altEditor = instantiate(doc, 'alt-editor');
    q(altEditor, 'img').setAttribute('src', 'blob:https://www.facebook.com/van');
    q(doc, '#dialogs').append(altEditor);
    typeInto(q(altEditor, 'textarea'), 'Blue van with books on shelves');
    altEditor.remove();
    fire(q(layer, '[aria-label="Post"]'), 'click');
    layer.remove();
    await settle();
    expect(emitted.map((a) => a.type)).toEqual(['social.alt-added', 'social.posted']);
    expect(emitted[1]?.metrics).toMatchObject({ hadAltText: true, imageCount: 1 });
    stop();
  });

  it('a comment is sent with Enter and is a reply; Shift+Enter is not sending', async () => {
    const doc = loadFixture('facebook');
    const { emitted, stop } = startWatch(facebook, doc, 'facebook.feed');
    const editor = openComments(doc);
    fire(editor, 'focusin');
    expect(facebook.find('replyBox', doc)).toBe(editor);
    type(editor, 'Thank you!');
    fire(editor, 'keydown', { key: 'Enter', shiftKey: true } as KeyboardEventInit);
    type(editor, '', false);
    await settle(450);
    expect(emitted).toEqual([]);
    type(editor, 'Thank you!');
    fire(editor, 'keydown', { key: 'Enter' } as KeyboardEventInit);
    type(editor, '', false);
    await settle();
    expect(emitted.map((a) => a.type)).toEqual(['social.replied']);
    stop();
  });
});
