// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import bluesky from '../../../lib/sites/bluesky';
import { fire, instantiate, loadFixture, q, settle, startWatch, typeInto } from './social-fixtures';

/** Open the composer as Bluesky renders it (optionally as a reply), into the page. */
function openComposer(doc: Document, reply = false): HTMLElement {
  const layer = instantiate(doc, 'composer');
  if (reply) {
    q(layer, '.topbar').after(instantiate(doc, 'reply-to'));
    const button = q(layer, '[data-testid="composerPublishBtn"]');
    button.setAttribute('aria-label', 'Publish reply');
    button.textContent = 'Reply';
  }
  doc.body.append(layer);
  return layer;
}

/** TipTap renders one <p> per line; the learner's typing fires input. */
function type(editor: Element, text: string, byLearner = true): void {
  const doc = editor.ownerDocument;
  editor.replaceChildren(
    ...text.split('\n').map((line) => {
      const p = doc.createElement('p');
      if (line) p.textContent = line;
      else p.innerHTML = '<br class="ProseMirror-trailingBreak">';
      return p;
    }),
  );
  if (byLearner) fire(editor, 'input');
  const button = editor.closest('[data-testid="composePostView"]')?.querySelector('[data-testid="composerPublishBtn"]');
  button?.setAttribute('aria-disabled', String(text.trim() === ''));
}

function addImage(layer: Element, src: string): HTMLElement {
  const doc = layer.ownerDocument;
  let view = layer.querySelector('[data-testid="selectedPhotosView"]');
  if (!view) {
    view = doc.createElement('div');
    view.setAttribute('data-testid', 'selectedPhotosView');
    q(layer, '.embeds').append(view);
  }
  const item = instantiate(doc, 'gallery-item');
  q(item, 'img').setAttribute('src', src);
  view.append(item);
  return item;
}

function openAltDialog(doc: Document, src: string): HTMLTextAreaElement {
  const dialog = instantiate(doc, 'alt-dialog');
  q(dialog, 'img').setAttribute('src', src);
  q(doc, '#portal').append(dialog);
  return q<HTMLTextAreaElement>(dialog, 'textarea');
}

describe('bluesky adapter on the Bluesky fixture', () => {
  it('has no composer until one is opened; then finds every named element', () => {
    const doc = loadFixture('bluesky');
    expect(bluesky.find('composeBox', doc)).toBeNull();
    expect(bluesky.find('postButton', doc)).toBeNull();
    const layer = openComposer(doc);
    expect(bluesky.find('composeBox', doc)?.getAttribute('aria-label')).toBe('Rich-Text Editor');
    expect(bluesky.find('postButton', doc)?.getAttribute('aria-label')).toBe('Publish post');
    expect(bluesky.find('charCounter', doc)?.textContent?.trim()).toBe('300');
    expect(bluesky.find('replyBox', doc)).toBeNull();
    expect(bluesky.find('altTextButton', doc)).toBeNull();
    addImage(layer, 'blob:https://bsky.app/1');
    expect(bluesky.find('altTextButton', doc)?.getAttribute('aria-label')).toBe('Add alt text');
    expect(bluesky.find('imageAltField', doc)).toBeNull();
    openAltDialog(doc, 'blob:https://bsky.app/1');
    expect(bluesky.find('imageAltField', doc)?.getAttribute('aria-label')).toBe('Alt text');
  });

  it('reads the ProseMirror paragraphs, ignoring the placeholder, with the 300 limit', () => {
    const doc = loadFixture('bluesky');
    const layer = openComposer(doc);
    expect(bluesky.snapshot(doc, 'bluesky.home').text).toBe('');
    type(q(layer, '.ProseMirror'), 'First line 👋🏽\n\nSecond #LocalGov bsky.app/profile/x');
    const snap = bluesky.snapshot(doc, 'bluesky.home');
    expect(snap.text).toBe('First line 👋🏽\n\nSecond #LocalGov bsky.app/profile/x');
    expect(snap.paragraphs).toEqual(['First line 👋🏽', 'Second #LocalGov bsky.app/profile/x']);
    expect(snap.links).toHaveLength(1);
    expect(snap.limit).toBe(300);
  });

  it('a reply: "Publish reply" button and the replied-to header', () => {
    const doc = loadFixture('bluesky');
    openComposer(doc, true);
    expect(bluesky.snapshot(doc, 'bluesky.post').isReply).toBe(true);
    expect(bluesky.find('replyBox', doc)).toBe(bluesky.find('composeBox', doc));
  });

  it('alt text typed in the dialog is remembered for the image after the dialog closes; alt-added once', () => {
    const doc = loadFixture('bluesky');
    const { emitted, stop } = startWatch(bluesky, doc, 'bluesky.home');
    const layer = openComposer(doc);
    addImage(layer, 'blob:https://bsky.app/van');
    expect(bluesky.snapshot(doc, 'bluesky.home').images).toEqual([{ src: 'blob:https://bsky.app/van', alt: null }]);
    const field = openAltDialog(doc, 'blob:https://bsky.app/van');
    typeInto(field, 'Library van');
    field.closest('[role="dialog"]')!.remove();
    expect(bluesky.snapshot(doc, 'bluesky.home').images[0]?.alt).toBe('Library van');
    expect(emitted.map((a) => a.type)).toEqual(['social.alt-added']);
    stop();
  });

  it('posting: the composer dialog closes → social.posted with the metrics at the press', async () => {
    const doc = loadFixture('bluesky');
    const { emitted, stop } = startWatch(bluesky, doc, 'bluesky.home');
    const layer = openComposer(doc);
    type(q(layer, '.ProseMirror'), 'One link https://example.gov.uk #LibraryNews');
    addImage(layer, 'blob:https://bsky.app/a');
    typeInto(openAltDialog(doc, 'blob:https://bsky.app/a'), 'A described picture');
    q(doc, '#portal .alt-dialog').remove();
    fire(q(layer, '[data-testid="composerPublishBtn"]'), 'click');
    layer.remove();
    await settle();
    expect(emitted.map((a) => a.type)).toEqual(['social.alt-added', 'social.posted']);
    expect(emitted[1]?.metrics).toEqual({
      hadAltText: true,
      imageCount: 1,
      hashtagCount: 1,
      hashtagsCamelCase: true,
      linkCount: 1,
      length: 'One link https://example.gov.uk #LibraryNews'.length,
    });
    expect(emitted[1]?.skills).toEqual(['social-posting', 'alt-text', 'hashtags']);
    stop();
  });

  it('posting a reply, confirmed by the toast: social.replied', async () => {
    const doc = loadFixture('bluesky');
    const { emitted, stop } = startWatch(bluesky, doc, 'bluesky.post');
    const layer = openComposer(doc, true);
    type(q(layer, '.ProseMirror'), 'Thank you!');
    fire(q(layer, '[data-testid="composerPublishBtn"]'), 'click');
    const toast = instantiate(doc, 'toast');
    q(toast, 'span').textContent = 'Your reply was sent';
    q(doc, '#portal').append(toast);
    await settle();
    expect(emitted.map((a) => a.type)).toEqual(['social.replied']);
    stop();
  });

  it('a disabled Publish button posts nothing', async () => {
    const doc = loadFixture('bluesky');
    const { emitted, stop } = startWatch(bluesky, doc, 'bluesky.home');
    const layer = openComposer(doc);
    type(q(layer, '.ProseMirror'), 'x'.repeat(10));
    q(layer, '[data-testid="composerPublishBtn"]').setAttribute('aria-disabled', 'true');
    fire(q(layer, '[data-testid="composerPublishBtn"]'), 'click');
    layer.remove();
    await settle();
    expect(emitted).toEqual([]);
    stop();
  });
});
