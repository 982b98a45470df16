// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import linkedin from '../../../lib/sites/linkedin';
import { fire, instantiate, loadFixture, q, settle, startWatch, typeInto } from './social-fixtures';

/** LinkedIn renders the share dialog into the interop outlet's open shadow root. */
function openShareDialog(doc: Document): HTMLElement {
  const outlet = q(doc, '#interop-outlet');
  const shadow = outlet.shadowRoot ?? outlet.attachShadow({ mode: 'open' });
  const overlay = instantiate(doc, 'share-dialog');
  shadow.append(overlay);
  return overlay;
}

/** Quill: one <p> per line, `ql-blank` while empty; the learner's typing fires input. */
function type(editor: Element, text: string, byLearner = true): void {
  const doc = editor.ownerDocument;
  editor.replaceChildren(
    ...(text === '' ? [''] : text.split('\n')).map((line) => {
      const p = doc.createElement('p');
      if (line) p.textContent = line;
      else p.append(doc.createElement('br'));
      return p;
    }),
  );
  editor.classList.toggle('ql-blank', text === '');
  if (byLearner) fire(editor, 'input');
  const scope = editor.closest('.share-creation-state, form');
  const button = scope?.querySelector('button.share-actions__primary-action, button.comments-comment-box__submit-button');
  if (text.trim() === '') button?.setAttribute('disabled', '');
  else button?.removeAttribute('disabled');
}

function addPhoto(overlay: Element, src: string): HTMLElement {
  const item = instantiate(overlay.ownerDocument, 'preview-image');
  q(item, 'img').setAttribute('src', src);
  q(overlay, '.share-creation-state__preview').append(item);
  return item;
}

describe('linkedin adapter on the LinkedIn fixture', () => {
  it('finds the share dialog elements inside the shadow root', () => {
    const doc = loadFixture('linkedin');
    expect(linkedin.find('composeBox', doc)).toBeNull();
    const overlay = openShareDialog(doc);
    expect(doc.querySelector('.ql-editor')).toBeNull(); // not in the light DOM
    expect(linkedin.find('composeBox', doc)?.getAttribute('aria-label')).toBe('Text editor for creating content');
    expect(linkedin.find('postButton', doc)?.classList.contains('share-actions__primary-action')).toBe(true);
    expect(linkedin.find('replyBox', doc)).toBeNull();
    expect(linkedin.find('charCounter', doc)).toBeNull();
    expect(linkedin.find('altTextButton', doc)).toBeNull();
    const item = addPhoto(overlay, 'blob:https://www.linkedin.com/p1');
    expect(linkedin.find('altTextButton', doc)?.getAttribute('aria-label')).toBe('Alternative text');
    const panel = instantiate(doc, 'alt-editor');
    item.after(panel);
    expect(linkedin.find('imageAltField', doc)?.id).toBe('alt-text-input');
  });

  it('reads Quill paragraphs (the blank placeholder paragraph is not text) with the 3,000 limit', () => {
    const doc = loadFixture('linkedin');
    const overlay = openShareDialog(doc);
    expect(linkedin.snapshot(doc, 'linkedin.feed').text).toBe('');
    type(q(overlay, '.ql-editor'), 'We are hiring.\n\nApply at https://jobs.example.gov.uk #LocalGov #Jobs #Careers');
    const snap = linkedin.snapshot(doc, 'linkedin.feed');
    expect(snap.paragraphs).toEqual(['We are hiring.', 'Apply at https://jobs.example.gov.uk #LocalGov #Jobs #Careers']);
    expect(snap.limit).toBe(3000);
    expect(snap.isReply).toBe(false);
  });

  it('a comment box is the reply box', () => {
    const doc = loadFixture('linkedin');
    const box = instantiate(doc, 'comment-box');
    q(doc, '[data-urn]').append(box);
    fire(q(box, '.ql-editor'), 'focusin');
    expect(linkedin.find('replyBox', doc)).toBe(q(box, '.ql-editor'));
    expect(linkedin.find('postButton', doc)?.classList.contains('comments-comment-box__submit-button')).toBe(true);
    expect(linkedin.snapshot(doc, 'linkedin.feed').isReply).toBe(true);
  });

  it('posting from the shadow-root dialog: alt added, then social.posted when the dialog closes', async () => {
    const doc = loadFixture('linkedin');
    const { emitted, stop } = startWatch(linkedin, doc, 'linkedin.feed');
    const overlay = openShareDialog(doc);
    type(q(overlay, '.ql-editor'), 'Libraries #LocalGov #Jobs #Careers');
    const item = addPhoto(overlay, 'blob:https://www.linkedin.com/p1');
    const panel = instantiate(doc, 'alt-editor');
    q(panel, 'img').setAttribute('src', 'blob:https://www.linkedin.com/p1');
    item.after(panel);
    typeInto(q(panel, 'textarea'), 'Staff at the library desk');
    panel.remove();
    fire(q(overlay, 'button.share-actions__primary-action'), 'click');
    overlay.remove();
    await settle();
    expect(emitted.map((a) => a.type)).toEqual(['social.alt-added', 'social.posted']);
    expect(emitted[1]?.metrics).toMatchObject({ hadAltText: true, imageCount: 1, hashtagCount: 3, hashtagsCamelCase: true, linkCount: 0 });
    stop();
  });

  it('a description pasted in one go counts as added though no focus event reached the page; editing one does not', () => {
    const doc = loadFixture('linkedin');
    const { emitted, stop } = startWatch(linkedin, doc, 'linkedin.feed');
    const overlay = openShareDialog(doc);
    const item = addPhoto(overlay, 'blob:https://www.linkedin.com/p1');
    const panel = instantiate(doc, 'alt-editor');
    q(panel, 'img').setAttribute('src', 'blob:https://www.linkedin.com/p1');
    item.after(panel);
    const field = q<HTMLTextAreaElement>(panel, 'textarea');
    // Focus moves from the "Alt text" button to the field inside the same shadow root: the document hears nothing.
    // A paste arrives as one change: beforeinput (old value), then input (new value).
    const paste = (value: string) => {
      fire(field, 'beforeinput');
      field.value = value;
      fire(field, 'input');
    };
    paste('Staff at the library desk');
    expect(emitted.map((a) => a.type)).toEqual(['social.alt-added']);

    const photo2 = addPhoto(overlay, 'blob:https://www.linkedin.com/p2');
    const panel2 = instantiate(doc, 'alt-editor');
    q(panel2, 'img').setAttribute('src', 'blob:https://www.linkedin.com/p2');
    photo2.after(panel2);
    const field2 = q<HTMLTextAreaElement>(panel2, 'textarea');
    field2.value = 'Described earlier';
    fire(field2, 'beforeinput');
    field2.value = 'Described earlier, now longer';
    fire(field2, 'input');
    expect(emitted).toHaveLength(1);
    stop();
  });

  it('a comment, confirmed by the box emptying: social.replied', async () => {
    const doc = loadFixture('linkedin');
    const { emitted, stop } = startWatch(linkedin, doc, 'linkedin.feed');
    const box = instantiate(doc, 'comment-box');
    q(doc, '[data-urn]').append(box);
    const editor = q(box, '.ql-editor');
    type(editor, 'Thanks for sharing');
    fire(q(box, 'button.comments-comment-box__submit-button'), 'click');
    type(editor, '', false);
    await settle();
    expect(emitted.map((a) => a.type)).toEqual(['social.replied']);
    stop();
  });
});
