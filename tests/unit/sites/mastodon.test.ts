// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import mastodon, { isMastodonDocument } from '../../../lib/sites/mastodon';
import { ALT_TEXT_NOT_READ } from '../../../lib/sites/social-shared';
import { fire, instantiate, loadFixture, q, settle, startWatch, typeInto } from './social-fixtures';

/** Mastodon's counter shows what is left of the instance limit. */
function setCounter(doc: Document, remaining: number): void {
  q(doc, '.compose-form .character-counter').textContent = String(remaining);
}

/** What Mastodon renders for an upload; `described` is how it looks once the description is saved. */
function addUpload(doc: Document, url: string, described = false): Element {
  let list = doc.querySelector('.compose-form__uploads');
  if (!list) {
    list = instantiate(doc, 'uploads');
    q(doc, '.compose-form__input').after(list);
  }
  const upload = instantiate(doc, 'upload');
  q(upload, '.compose-form__upload__thumbnail').setAttribute('style', `background-image: url("${url}"); background-position: 50% 50%;`);
  if (described) markDescribed(upload);
  list.append(upload);
  return upload;
}

/** Mastodon drops the warning icon and the "active" state once an upload has a description. */
function markDescribed(upload: Element): void {
  const warning = q(upload, '.compose-form__upload__warning button');
  warning.classList.remove('active');
  warning.querySelector('.icon-warning')?.remove();
}

function openModal(doc: Document, name: string): HTMLElement {
  const frame = instantiate(doc, 'modal-frame');
  const modal = instantiate(doc, name);
  q(frame, '.modal-root__container').append(modal);
  q(doc, '.modal-root').replaceChildren(frame);
  return modal;
}

function openAltModal(doc: Document, url: string): HTMLTextAreaElement {
  const modal = openModal(doc, 'alt-modal');
  q(modal, '.focal-point img').setAttribute('src', url);
  return q<HTMLTextAreaElement>(modal, '#description');
}

function publishedAlert(doc: Document): void {
  q(doc, '.notification-list').append(instantiate(doc, 'alert'));
}

describe('mastodon adapter on the Mastodon fixture', () => {
  it('is recognised by its DOM, on any host, and by nothing else', () => {
    const doc = loadFixture('mastodon');
    expect(mastodon.matches).toEqual([]);
    expect(mastodon.detect(doc, new URL('https://social.example.org/home'))).toBe(true);
    expect(isMastodonDocument(loadFixture('x'))).toBe(false);
    expect(isMastodonDocument(new DOMParser().parseFromString('<p>hello</p>', 'text/html'))).toBe(false);
  });

  it('finds every named element it promises', () => {
    const doc = loadFixture('mastodon');
    expect(mastodon.find('composeBox', doc)?.className).toBe('autosuggest-textarea__textarea');
    expect(mastodon.find('postButton', doc)?.textContent).toBe('Post');
    expect(mastodon.find('charCounter', doc)?.textContent).toBe('500');
    expect(mastodon.find('replyBox', doc)).toBeNull();
    expect(mastodon.find('altTextButton', doc)).toBeNull();
    addUpload(doc, 'blob:https://social.example.org/a', true);
    addUpload(doc, 'blob:https://social.example.org/b');
    // The tip anchors to the upload still missing its description.
    expect(mastodon.find('altTextButton', doc)?.classList.contains('active')).toBe(true);
    openAltModal(doc, 'https://files.example.org/b.png');
    expect(mastodon.find('imageAltField', doc)?.id).toBe('description');
  });

  it('reads the textarea, the instance limit from the counter, and the ALT state of uploads', () => {
    const doc = loadFixture('mastodon');
    const box = mastodon.find('composeBox', doc) as HTMLTextAreaElement;
    box.value = 'Opening hours: https://example.gov.uk/library #LocalGov';
    setCounter(doc, 1000 - 23 - 'Opening hours:  #LocalGov'.length);
    addUpload(doc, 'blob:https://social.example.org/a');
    addUpload(doc, 'blob:https://social.example.org/b', true);
    const snap = mastodon.snapshot(doc, 'mastodon.home');
    expect(snap.text).toBe('Opening hours: https://example.gov.uk/library #LocalGov');
    expect(snap.limit).toBe(1000);
    expect(snap.images).toEqual([
      { src: 'blob:https://social.example.org/a', alt: null },
      { src: 'blob:https://social.example.org/b', alt: ALT_TEXT_NOT_READ },
    ]);
    expect(snap.isReply).toBe(false);
    expect(box.value).toBe('Opening hours: https://example.gov.uk/library #LocalGov');
  });

  it('falls back to the default 500 when the counter is missing', () => {
    const doc = loadFixture('mastodon');
    q(doc, '.compose-form .character-counter').remove();
    expect(mastodon.snapshot(doc, 'mastodon.home').limit).toBe(500);
  });

  it('a reply shows the reply indicator in the form', () => {
    const doc = loadFixture('mastodon');
    q(doc, 'form.compose-form').prepend(instantiate(doc, 'reply-indicator'));
    expect(mastodon.snapshot(doc, 'mastodon.home').isReply).toBe(true);
    expect(mastodon.find('replyBox', doc)).toBe(mastodon.find('composeBox', doc));
  });

  it('posting after "Post anyway": social.posted with hadAltText false, confirmed by the alert', async () => {
    const doc = loadFixture('mastodon');
    const { emitted, stop } = startWatch(mastodon, doc, 'mastodon.home');
    const box = mastodon.find('composeBox', doc) as HTMLTextAreaElement;
    typeInto(box, 'Library van photo #MobileLibrary #localgov');
    addUpload(doc, 'blob:https://social.example.org/van');
    fire(mastodon.find('postButton', doc)!, 'click');
    // Mastodon asks "Add alt text?"; the learner clicks "Post anyway" (not a post button: the press already counted).
    const reminder = openModal(doc, 'missing-alt-modal');
    fire(q(reminder, '[data-fixture="post-anyway"]'), 'click');
    q(doc, '.modal-root').replaceChildren();
    box.value = '';
    q(doc, '.compose-form__uploads').remove();
    publishedAlert(doc);
    await settle();
    expect(emitted).toHaveLength(1);
    expect(emitted[0]).toMatchObject({
      type: 'social.posted',
      metrics: { hadAltText: false, imageCount: 1, hashtagCount: 2, hashtagsCamelCase: false, linkCount: 0 },
    });
    stop();
  });

  it('the textarea being emptied alone confirms the post (a value change makes no DOM mutation: polled)', async () => {
    const doc = loadFixture('mastodon');
    const { emitted, stop } = startWatch(mastodon, doc, 'mastodon.home');
    const box = mastodon.find('composeBox', doc) as HTMLTextAreaElement;
    typeInto(box, 'Hello #LocalGov');
    fire(mastodon.find('postButton', doc)!, 'click');
    box.value = '';
    await settle(450);
    expect(emitted.map((a) => a.type)).toEqual(['social.posted']);
    expect(emitted[0]?.metrics).toMatchObject({ hashtagsCamelCase: true, length: 15 });
    stop();
  });

  it('an error alert without the "Open" action and a kept text are not a post', async () => {
    const doc = loadFixture('mastodon');
    const { emitted, stop } = startWatch(mastodon, doc, 'mastodon.home');
    const box = mastodon.find('composeBox', doc) as HTMLTextAreaElement;
    typeInto(box, 'Hello');
    fire(mastodon.find('postButton', doc)!, 'click');
    const error = instantiate(doc, 'alert');
    q(error, '.notification-bar__content').textContent = 'Oops! An unexpected error occurred.';
    q(error, '.notification-bar__action').remove();
    q(doc, '.notification-list').append(error);
    await settle(450);
    expect(emitted).toEqual([]);
    stop();
  });

  it('describing an upload: social.alt-added once, and the typed words are used by the snapshot', async () => {
    const doc = loadFixture('mastodon');
    const { emitted, stop } = startWatch(mastodon, doc, 'mastodon.home');
    const upload = addUpload(doc, 'blob:https://social.example.org/van');
    fire(q(upload, '.compose-form__upload__warning button'), 'click');
    const field = openAltModal(doc, 'https://files.example.org/original/van.png');
    typeInto(field, 'Mobile library van');
    // Done: Mastodon saves it and drops the warning.
    q(doc, '.modal-root').replaceChildren();
    markDescribed(upload);
    expect(emitted.map((a) => a.type)).toEqual(['social.alt-added']);
    expect(emitted[0]?.key).toMatch(/^social\.alt-added:mastodon:[0-9a-z]+$/);
    expect(mastodon.snapshot(doc, 'mastodon.home').images[0]?.alt).toBe('Mobile library van');
    const box = mastodon.find('composeBox', doc) as HTMLTextAreaElement;
    typeInto(box, 'Our library van');
    fire(mastodon.find('postButton', doc)!, 'click');
    box.value = '';
    q(doc, '.compose-form__uploads').remove();
    publishedAlert(doc);
    await settle();
    expect(emitted[1]).toMatchObject({ type: 'social.posted', metrics: { hadAltText: true, imageCount: 1 } });
    stop();
  });

  it('a description being written in the modal counts for its upload at once; Cancel leaves it undescribed', () => {
    const doc = loadFixture('mastodon');
    const { stop } = startWatch(mastodon, doc, 'mastodon.home');
    const van = addUpload(doc, 'blob:https://social.example.org/van');
    addUpload(doc, 'blob:https://social.example.org/hall');
    fire(q(van, '.compose-form__upload__warning button'), 'click');
    const field = openAltModal(doc, 'https://files.example.org/original/van.png');
    const alts = () => mastodon.snapshot(doc, 'mastodon.home').images.map((i) => i.alt);
    expect(alts()).toEqual([null, null]);
    typeInto(field, 'Mobile library van');
    // Only the upload being described, and only while its modal is open.
    expect(alts()).toEqual(['Mobile library van', null]);
    q(doc, '.modal-root').replaceChildren();
    expect(alts()).toEqual([null, null]);
    stop();
  });
});
