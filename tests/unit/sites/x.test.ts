// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import x from '../../../lib/sites/x';
import type { DetectedAction } from '../../../lib/sites/types';
import { fire, instantiate, loadFixture, q, settle, startWatch, typeInto } from './social-fixtures';

/** Draft.js renders each line as a block with its text in a [data-text] span. */
function draftType(editor: Element, text: string, byLearner = true): void {
  const doc = editor.ownerDocument;
  const contents = doc.createElement('div');
  contents.setAttribute('data-contents', 'true');
  for (const line of text.split('\n')) {
    const block = doc.createElement('div');
    block.setAttribute('data-block', 'true');
    const inner = doc.createElement('div');
    inner.className = 'public-DraftStyleDefault-block';
    const leaf = doc.createElement('span');
    if (line) {
      const t = doc.createElement('span');
      t.setAttribute('data-text', 'true');
      t.textContent = line;
      leaf.append(t);
    } else {
      const br = doc.createElement('br');
      br.setAttribute('data-text', 'true');
      leaf.append(br);
    }
    inner.append(leaf);
    block.append(inner);
    contents.append(block);
  }
  editor.replaceChildren(contents);
  // The learner's typing fires input; X re-rendering its own state (e.g. emptying after a post) does not.
  if (byLearner) fire(editor, 'input');
  const button = editor.closest('.composer')?.querySelector('[data-testid^="tweetButton"]');
  const enabled = text.trim() !== '';
  button?.setAttribute('aria-disabled', String(!enabled));
  if (enabled) button?.removeAttribute('disabled');
}

function attach(doc: Document, src: string): void {
  const item = instantiate(doc, 'attachment');
  q(item, 'img').setAttribute('src', src);
  q(doc, '[data-fixture="inline-composer"] [data-testid="attachments"]').append(item);
}

function openDescription(doc: Document, src: string): HTMLTextAreaElement {
  const dialog = instantiate(doc, 'description-dialog');
  q(dialog, 'img').setAttribute('src', src);
  q(doc, '#layers').append(dialog);
  return q<HTMLTextAreaElement>(dialog, 'textarea');
}

function postedToast(doc: Document): void {
  q(doc, '#layers').append(instantiate(doc, 'toast'));
}

describe('x adapter on the X fixture', () => {
  it('finds every named element it promises', () => {
    const doc = loadFixture('x');
    expect(x.find('composeBox', doc)?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(x.find('postButton', doc)?.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(x.find('charCounter', doc)?.getAttribute('role')).toBe('progressbar');
    expect(x.find('altTextButton', doc)).toBeNull();
    expect(x.find('replyBox', doc)).toBeNull();
    attach(doc, 'blob:https://x.com/1');
    expect(x.find('altTextButton', doc)?.textContent).toBe('Add description');
    openDescription(doc, 'blob:https://x.com/1');
    expect(x.find('imageAltField', doc)?.getAttribute('data-testid')).toBe('altTextInput');
    expect(x.find('titleField', doc)).toBeNull();
  });

  it('detects X by host only', () => {
    const doc = loadFixture('x');
    expect(x.detect(doc, new URL('https://x.com/home'))).toBe(true);
    expect(x.detect(doc, new URL('https://twitter.com/home'))).toBe(true);
    expect(x.detect(doc, new URL('https://example.org/home'))).toBe(false);
    expect(x.matches).toEqual(['https://x.com/*', 'https://twitter.com/*']);
  });

  it('reads the Draft.js text, links, hashtags and limit without touching the editor', () => {
    const doc = loadFixture('x');
    const editor = x.find('composeBox', doc)!;
    draftType(editor, 'Library hours change on Monday #LocalGov\n\nDetails: https://example.gov.uk/library');
    const before = editor.innerHTML;
    const snap = x.snapshot(doc, 'x.home');
    expect(snap.text).toBe('Library hours change on Monday #LocalGov\n\nDetails: https://example.gov.uk/library');
    expect(snap.paragraphs).toHaveLength(2);
    expect(snap.links.map((l) => l.href)).toEqual(['https://example.gov.uk/library']);
    expect(snap.limit).toBe(280);
    expect(snap.isReply).toBe(false);
    expect(editor.innerHTML).toBe(before);
  });

  it('an empty composer reads as empty text (the placeholder is not text)', () => {
    const doc = loadFixture('x');
    expect(x.snapshot(doc, 'x.home').text).toBe('');
  });

  it('knows a reply: the reply dialog shows the post being answered', () => {
    const doc = loadFixture('x');
    const dialog = instantiate(doc, 'reply-dialog');
    q(doc, '#layers').append(dialog);
    fire(q(dialog, '[role="textbox"]'), 'focusin');
    // The dialog's composer wins over the inline one.
    expect(x.find('composeBox', doc)).toBe(q(dialog, '[role="textbox"]'));
    expect(x.find('replyBox', doc)).toBe(q(dialog, '[role="textbox"]'));
    expect(x.find('postButton', doc)?.getAttribute('data-testid')).toBe('tweetButton');
    expect(x.snapshot(doc, 'x.compose').isReply).toBe(true);
    // On a post's own page the inline composer replies.
    expect(x.snapshot(loadFixture('x'), 'x.status').isReply).toBe(true);
  });

  it('images: alt is unknown (null) until the description dialog is used, then remembered', () => {
    const doc = loadFixture('x');
    attach(doc, 'blob:https://x.com/img-1');
    expect(x.snapshot(doc, 'x.home').images).toEqual([{ src: 'blob:https://x.com/img-1', alt: null }]);
    const { emitted, stop } = startWatch(x, doc, 'x.home');
    const field = openDescription(doc, 'blob:https://x.com/img-1');
    typeInto(field, 'Mobile library van outside the village hall');
    field.closest('[role="dialog"]')!.remove();
    expect(x.snapshot(doc, 'x.home').images[0]?.alt).toBe('Mobile library van outside the village hall');
    expect(emitted.map((a) => a.type)).toEqual(['social.alt-added']);
    // Editing the same image's description again is not a second "alt added".
    const again = openDescription(doc, 'blob:https://x.com/img-1');
    typeInto(again, '');
    typeInto(again, 'Library van');
    expect(emitted).toHaveLength(1);
    stop();
  });

  it('posting: one social.posted with the metrics of what was sent, confirmed by the toast', async () => {
    const doc = loadFixture('x');
    const { emitted, stop } = startWatch(x, doc, 'x.home');
    const editor = x.find('composeBox', doc)!;
    draftType(editor, 'New opening hours #LocalGov #haveyoursay see https://example.gov.uk and www.example.org');
    attach(doc, 'blob:https://x.com/img-2');
    const button = x.find('postButton', doc)!;
    fire(button, 'click');
    // What X does next: empty the composer, then confirm.
    draftType(editor, '', false);
    q(doc, '[data-testid="attachments"]').replaceChildren();
    postedToast(doc);
    await settle();
    expect(emitted).toHaveLength(1);
    const [action] = emitted;
    expect(action?.type).toBe('social.posted');
    expect(action?.key).toMatch(/^social\.posted:x:\d+$/);
    expect(action?.metrics).toEqual({
      hadAltText: false,
      imageCount: 1,
      hashtagCount: 2,
      hashtagsCamelCase: false,
      linkCount: 2,
      length: 'New opening hours #LocalGov #haveyoursay see  and '.length + 46,
    });
    expect(action?.skills).toContain('social-posting');
    await settle(450);
    expect(emitted).toHaveLength(1);
    stop();
  });

  it('a click on a disabled Post button, or on an empty composer, is not a post', async () => {
    const doc = loadFixture('x');
    const { emitted, stop } = startWatch(x, doc, 'x.home');
    fire(x.find('postButton', doc)!, 'click');
    postedToast(doc);
    await settle();
    expect(emitted).toEqual([]);
    stop();
  });

  it('typing again after pressing Post cancels the pending post (it did not go)', async () => {
    const doc = loadFixture('x');
    const { emitted, stop } = startWatch(x, doc, 'x.home');
    const editor = x.find('composeBox', doc)!;
    draftType(editor, 'Draft one');
    fire(x.find('postButton', doc)!, 'click');
    draftType(editor, ''); // the learner deleting their own words fires input events
    await settle(450);
    expect(emitted).toEqual([]);
    stop();
  });

  it('Ctrl+Enter in the composer posts too; a reply is logged as social.replied', async () => {
    const doc = loadFixture('x');
    const { emitted, stop } = startWatch(x, doc, 'x.status');
    const editor = x.find('composeBox', doc)!;
    draftType(editor, 'Thank you, we have passed this on.');
    fire(editor, 'keydown', { key: 'Enter', ctrlKey: true } as KeyboardEventInit);
    // X empties its editor state; no input event fires.
    q(editor, '[data-contents]').replaceChildren();
    await settle();
    expect(emitted.map((a) => a.type)).toEqual(['social.replied']);
    expect(emitted[0]?.skills).toContain('social-replying');
    stop();
  });

  it('stops listening when the signal aborts', async () => {
    const doc = loadFixture('x');
    const { emitted, stop } = startWatch(x, doc, 'x.home');
    stop();
    const editor = x.find('composeBox', doc)!;
    draftType(editor, 'Hello');
    fire(x.find('postButton', doc)!, 'click');
    postedToast(doc);
    await settle();
    expect(emitted).toEqual([]);
  });

  it('a reply the page confirms in the moment the screen changes is still logged; one not yet confirmed is not', async () => {
    const doc = loadFixture('x');
    const dialog = instantiate(doc, 'reply-dialog');
    q(doc, '#layers').append(dialog);
    const editor = q(dialog, '[role="textbox"]');
    fire(editor, 'focusin');
    const { emitted, stop } = startWatch(x, doc, 'x.compose');
    draftType(editor, 'Thank you, we have passed this on.');
    fire(q(dialog, '[data-testid="tweetButton"]'), 'click');
    // X closes the dialog and takes the address back to /home in one go; the tutor, seeing the new screen, stops
    // this watcher before its own observer has looked.
    dialog.remove();
    postedToast(doc);
    stop();
    await settle();
    expect(emitted.map((a) => a.type)).toEqual(['social.replied']);

    const doc2 = loadFixture('x');
    const watch2 = startWatch(x, doc2, 'x.home');
    const inline = x.find('composeBox', doc2)!;
    draftType(inline, 'Still sending');
    fire(x.find('postButton', doc2)!, 'click');
    watch2.stop();
    postedToast(doc2);
    await settle(450);
    expect(watch2.emitted).toEqual([]);
  });

  it('a post pressed just before the screen changes is still logged when the site confirms it after, once, until the tutor ends', async () => {
    const doc = loadFixture('x');
    const end = new AbortController();
    const first = new AbortController();
    const emitted: DetectedAction[] = [];
    x.watch!({ doc, context: 'x.home', signal: first.signal, end: end.signal, emit: (a) => emitted.push(a) });
    const inline = x.find('composeBox', doc)!;
    draftType(inline, 'Library open late on Thursday');
    fire(x.find('postButton', doc)!, 'click');
    // The address changes: the tutor stops this screen's watcher and starts the next one before X confirms.
    first.abort();
    const next = new AbortController();
    x.watch!({ doc, context: 'x.other', signal: next.signal, end: end.signal, emit: (a) => emitted.push({ ...a, key: `next:${a.key}` }) });
    postedToast(doc);
    await settle(450);
    expect(emitted.map((a) => a.key.split(':').slice(0, 2).join(':'))).toEqual(['social.posted:x']);

    // Pressed, then the tutor ends (the content script goes): nothing more is logged.
    draftType(inline, 'Another one');
    fire(x.find('postButton', doc)!, 'click');
    next.abort();
    end.abort();
    postedToast(doc);
    await settle(450);
    expect(emitted).toHaveLength(1);
  });
});
