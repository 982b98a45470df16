// @vitest-environment happy-dom
/**
 * The sandbox adapter, pinned to the real sandbox components rendered in happy-dom (not to a copy of their HTML):
 * if a screen changes its markup, these finders fail here first.
 */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { Fragment, h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CommentsScreen } from '../../../components/workshop/CommentsScreen';
import { PostEditor, type SampleImage } from '../../../components/workshop/PostEditor';
import { SocialComposer } from '../../../components/workshop/SocialComposer';
import sandbox, { SANDBOX_EMULATES, SEL, altMetrics } from '../../../lib/sites/sandbox';
import { contextOf, ELEMENT_NAMES, type DetectedAction } from '../../../lib/sites/types';

const IMAGES: SampleImage[] = [
  { id: 'park', name: 'riverside-park.svg', src: '/park.svg', width: 800, height: 500 },
  { id: 'poster', name: 'consultation-poster.svg', src: '/poster.svg', width: 800, height: 800 },
];
const URL_OF = (hash: string) => new URL(`chrome-extension://abcdefghijklmnopabcdefghijklmnop/workshop.html${hash}`);

afterEach(() => cleanup());

function q<T extends Element = HTMLElement>(sel: string): T {
  const el = document.querySelector<T>(sel);
  if (!el) throw new Error(`no ${sel}`);
  return el;
}
function byText(text: string, root: ParentNode = document): HTMLElement {
  const el = Array.from(root.querySelectorAll<HTMLElement>('button')).find((b) => b.textContent?.trim().endsWith(text));
  if (!el) throw new Error(`no button "${text}"`);
  return el;
}
function type(el: Element, value: string) {
  fireEvent.input(el, { target: { value } });
}
/** The learner leaves the field: it commits, as blur does in a browser. */
function commit(el: Element) {
  fireEvent.change(el);
}
const settle = () => new Promise((r) => setTimeout(r, 20));

function watchAll() {
  const actions: DetectedAction[] = [];
  const ctrl = new AbortController();
  sandbox.watch!({ doc: document, context: 'sandbox.post-editor', signal: ctrl.signal, emit: (a) => actions.push(a) });
  return { actions, stop: () => ctrl.abort() };
}

function insertImage(which = 'park') {
  fireEvent.click(q('[aria-label="Add block"]'));
  fireEvent.click(byText('Image', q('#sb-inserter')));
  fireEvent.click(q(`.sb-media__item[data-image="${which}"]`));
}

describe('sandbox contexts', () => {
  const contexts = Object.entries(sandbox.contexts);

  it.each(contexts)('%s matches its own examples and no other context’s', (id, spec) => {
    for (const url of spec.examples) expect(contextOf(sandbox, new URL(url)), url).toBe(id);
  });

  it('never matches a web page, or another extension page', () => {
    for (const url of ['https://example.org/workshop.html#editor', 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html#social'])
      expect(contextOf(sandbox, new URL(url))).toBeUndefined();
  });

  it('lets the rendered screen decide over a lagging hash', () => {
    render(h(SocialComposer, { images: IMAGES }));
    expect(contextOf(sandbox, URL_OF('#editor'), document)).toBe('sandbox.social-composer');
    expect(sandbox.detect(document, URL_OF('#editor'))).toBe(true);
    expect(sandbox.detect(document, new URL('https://example.org/workshop.html'))).toBe(false);
  });

  it('says which real screen each sandbox screen stands for', () => {
    expect(Object.keys(SANDBOX_EMULATES).sort()).toEqual(Object.keys(sandbox.contexts).sort());
  });
});

describe('post editor', () => {
  it('finds its named elements, including the ones that appear late', () => {
    render(h(PostEditor, { images: IMAGES }));
    expect(sandbox.find('titleField', document)?.getAttribute('aria-label')).toBe('Add title');
    expect(sandbox.find('contentArea', document)?.getAttribute('aria-label')).toBe('Post content');
    expect(sandbox.find('publishButton', document)?.textContent).toBe('Publish');
    expect(sandbox.find('categoriesPanel', document)?.querySelector('legend')?.textContent).toBe('Categories');
    expect(sandbox.find('imageAltField', document)).toBeNull();
    expect(sandbox.find('prePublishPanel', document)).toBeNull();
    insertImage();
    expect(sandbox.find('imageAltField', document)?.id).toBe('sb-alt');
    fireEvent.click(q(SEL.publishButton));
    expect(sandbox.find('prePublishPanel', document)?.getAttribute('aria-label')).toBe('Pre-publish checks');
  });

  it('snapshots what the learner wrote, with an undescribed image as alt null', () => {
    render(h(PostEditor, { images: IMAGES }));
    type(q(SEL.title), 'Volunteers plant trees');
    type(q(SEL.paragraphText), 'Forty volunteers planted trees on Saturday. See www.northbridge.example/trees for more.');
    insertImage();
    fireEvent.click(q('[aria-label="Add block"]'));
    fireEvent.click(byText('Heading', q('#sb-inserter')));
    type(q(`${SEL.headingBlock} textarea`), 'How to help');
    fireEvent.click(q('#sb-tab-post'));
    fireEvent.click(q('input[value="News"]'));
    const s = sandbox.snapshot(document, 'sandbox.post-editor');
    expect(s.title).toBe('Volunteers plant trees');
    expect(s.paragraphs).toEqual(['Forty volunteers planted trees on Saturday. See www.northbridge.example/trees for more.']);
    expect(s.headings).toEqual([{ level: 2, text: 'How to help' }]);
    expect(s.images).toHaveLength(1);
    expect(s.images[0]!.alt).toBeNull();
    expect(s.links.map((l) => l.href)).toEqual(['www.northbridge.example/trees']);
    expect(s.categories).toEqual(['Uncategorized', 'News']);
    expect(sandbox.find('linkBlock', document)?.getAttribute('data-block')).toBe('paragraph');
    expect(sandbox.find('headingBlock', document)?.getAttribute('data-level')).toBe('2');
  });

  it('Enter splits a paragraph into two blocks, Backspace at the start joins them again', async () => {
    render(h(PostEditor, { images: IMAGES }));
    const p = q<HTMLTextAreaElement>(SEL.paragraphText);
    type(p, 'First part. Second part.');
    p.setSelectionRange(12, 12);
    fireEvent.keyDown(p, { key: 'Enter' });
    await settle();
    let fields = document.querySelectorAll<HTMLTextAreaElement>(SEL.paragraphText);
    expect(Array.from(fields, (f) => f.value)).toEqual(['First part. ', 'Second part.']);
    fields[1]!.setSelectionRange(0, 0);
    fireEvent.keyDown(fields[1]!, { key: 'Backspace' });
    await settle();
    fields = document.querySelectorAll<HTMLTextAreaElement>(SEL.paragraphText);
    expect(Array.from(fields, (f) => f.value)).toEqual(['First part. Second part.']);
  });

  it('detects heading, category, alt text and publishing from the UI, with metrics and no words', async () => {
    render(h(PostEditor, { images: IMAGES, instance: 7 }));
    const { actions, stop } = watchAll();
    type(q(SEL.title), 'Volunteers plant trees');
    type(q(SEL.paragraphText), 'Forty volunteers planted thirty trees in Riverside Park on Saturday.');
    fireEvent.click(q('[aria-label="Add block"]'));
    fireEvent.click(byText('Heading', q('#sb-inserter')));
    const heading = q(`${SEL.headingBlock} textarea`);
    type(heading, 'How to help');
    commit(heading);
    insertImage();
    const alt = q(SEL.altField);
    type(alt, 'image of trees');
    commit(alt);
    type(alt, 'Volunteers planting a young oak by the river');
    commit(alt);
    commit(alt); // no change: no second action
    fireEvent.click(q('#sb-tab-post'));
    fireEvent.click(q('input[value="News"]'));
    fireEvent.click(q('input[value="Uncategorized"]')); // unticking the default logs nothing
    fireEvent.click(q(SEL.publishButton));
    fireEvent.click(q('.editor-post-publish-panel__confirm'));
    await settle();
    stop();
    expect(actions.map((a) => a.type)).toEqual(['heading.added', 'image.alt-added', 'image.alt-added', 'category.set', 'post.published']);
    expect(actions[1]!.metrics).toMatchObject({ altStartsImageOf: true, altIsFileName: false });
    expect(actions[2]!.metrics).toMatchObject({ altStartsImageOf: false, altWords: 8 });
    expect(actions[3]!.metrics).toEqual({ categoryCount: 2, uncategorized: true });
    const published = actions[4]!;
    expect(published.metrics).toMatchObject({ hasTitle: true, wordCount: 10, headingCount: 1, imageCount: 1, imagesMissingAlt: 0, categorySet: true });
    expect(published.skills).toEqual(expect.arrayContaining(['publishing', 'headings', 'alt-text', 'categories']));
    expect(published.key).toMatch(/^post\.published:sandbox:7:\d+$/);
    // Keys and metrics never carry what was typed.
    const dump = JSON.stringify(actions);
    for (const words of ['Volunteers', 'oak', 'How to help', 'trees']) expect(dump).not.toContain(words);
  });

  it('publishing an undescribed image says so in the metrics; switching to draft and back publishes again', async () => {
    render(h(PostEditor, { images: IMAGES }));
    const { actions, stop } = watchAll();
    insertImage();
    fireEvent.click(q(SEL.publishButton));
    expect(q('.sb-checks').textContent).toContain('1 image has no alternative text.');
    fireEvent.click(q('.editor-post-publish-panel__confirm'));
    await settle();
    fireEvent.click(byText('Switch to draft'));
    fireEvent.click(q(SEL.publishButton));
    fireEvent.click(q('.editor-post-publish-panel__confirm'));
    await settle();
    stop();
    const published = actions.filter((a) => a.type === 'post.published');
    expect(published).toHaveLength(2);
    expect(published[0]!.metrics).toMatchObject({ imageCount: 1, imagesMissingAlt: 1, hasTitle: false });
    expect(new Set(actions.map((a) => a.key)).size).toBe(actions.length);
  });

  it('knows the categories whichever sidebar tab is open, and says so in what it logs', async () => {
    render(h(PostEditor, { images: IMAGES }));
    const { actions, stop } = watchAll();
    fireEvent.click(q('input[value="News"]'));
    insertImage(); // selects the image: the Block tab is open, the categories are hidden
    expect(sandbox.find('categoriesPanel', document)).toBeNull();
    expect(sandbox.snapshot(document, 'sandbox.post-editor').categories).toEqual(['Uncategorized', 'News']);
    fireEvent.click(q(SEL.publishButton));
    expect(sandbox.find('imageAltField', document)).toBeNull(); // the pre-publish panel covers the sidebar
    expect(sandbox.snapshot(document, 'sandbox.post-editor').extra).toMatchObject({ prePublishOpen: true, published: false });
    fireEvent.click(q('.editor-post-publish-panel__confirm'));
    await settle();
    stop();
    expect(actions.find((a) => a.type === 'post.published')!.metrics).toMatchObject({ categorySet: true });
    expect(sandbox.snapshot(document, 'sandbox.post-editor').extra).toMatchObject({ published: true, postStatus: 'published' });
  });

  it('stops watching when aborted', async () => {
    render(h(PostEditor, { images: IMAGES }));
    const { actions, stop } = watchAll();
    stop();
    fireEvent.click(q(SEL.publishButton));
    fireEvent.click(q('.editor-post-publish-panel__confirm'));
    await settle();
    expect(actions).toEqual([]);
  });
});

describe('social composer', () => {
  it('finds the compose box, counter, post button and the alt editor once an image is attached', () => {
    render(h(SocialComposer, { images: IMAGES }));
    expect(sandbox.find('composeBox', document)?.tagName).toBe('TEXTAREA');
    expect(sandbox.find('charCounter', document)?.textContent).toBe('500');
    expect(sandbox.find('postButton', document)?.textContent).toBe('Post');
    expect(sandbox.find('altTextButton', document)).toBeNull();
    fireEvent.click(q('[aria-label="Add image"]'));
    fireEvent.click(q('.sb-media__item[data-image="poster"]'));
    expect(sandbox.find('altTextButton', document)?.textContent).toBe('! ALT');
    fireEvent.click(q(SEL.altButton));
    expect(sandbox.find('altTextButton', document)?.id).toBe('sb-alt-text');
  });

  it('counts links as 23 characters, as Mastodon does', () => {
    render(h(SocialComposer, { images: IMAGES }));
    type(q(SEL.composeBox), 'See https://northbridge.example/a/very/long/path/to/the/consultation/page');
    expect(q(SEL.counter).textContent).toBe(String(500 - 4 - 23));
    expect(sandbox.snapshot(document, 'sandbox.social-composer').limit).toBe(500);
  });

  it('detects the description and the post, with the social metrics the real sites log', async () => {
    render(h(SocialComposer, { images: IMAGES }));
    const { actions, stop } = watchAll();
    type(q(SEL.composeBox), 'Have your say on cycle lanes in Station Road by 30 June: https://northbridge.example/cycle #HaveYourSay #Northbridge');
    fireEvent.click(q('[aria-label="Add image"]'));
    fireEvent.click(q('.sb-media__item[data-image="poster"]'));
    expect(sandbox.snapshot(document, 'sandbox.social-composer').images).toEqual([{ alt: null, src: expect.stringContaining('/poster.svg') }]);
    fireEvent.click(q(SEL.altButton));
    const field = q(SEL.altDialogField);
    fireEvent.focusIn(field);
    type(field, 'Poster: Have your say on new cycle lanes on Station Road. Closes 30 June.');
    fireEvent.click(byText('Save'));
    expect(sandbox.snapshot(document, 'sandbox.social-composer').images[0]!.alt).toMatch(/^Poster/);
    fireEvent.click(q(SEL.postButton));
    fireEvent.submit(q('form.compose-form'));
    await settle();
    await new Promise((r) => setTimeout(r, 500));
    stop();
    expect(actions.map((a) => a.type)).toEqual(['social.alt-added', 'social.posted']);
    expect(actions[1]!.metrics).toMatchObject({ hadAltText: true, imageCount: 1, hashtagCount: 2, hashtagsCamelCase: true, linkCount: 1 });
    expect(q('.notification-bar').textContent).toBe('Post published.');
    expect(q<HTMLTextAreaElement>(SEL.composeBox).value).toBe('');
  });
});

describe('comments', () => {
  it('finds the pending comment and where to reply', () => {
    render(h(CommentsScreen, { author: "Northbridge Council" }));
    expect(sandbox.find('commentList', document)?.id).toBe('the-comment-list');
    expect(sandbox.find('pendingComment', document)?.getAttribute('data-comment-id')).toBe('11');
    expect(sandbox.find('commentReplyBox', document)?.textContent).toBe('Reply');
    fireEvent.click(sandbox.find('commentReplyBox', document)!);
    expect(sandbox.find('commentReplyBox', document)?.id).toBe('replycontent');
    expect(sandbox.snapshot(document, 'sandbox.comments')).toMatchObject({ isReply: true, extra: { pendingComments: 2, replyOpen: true } });
  });

  it('detects approve, reply (approving the pending comment) and spam', async () => {
    render(h(CommentsScreen, { instance: 3 }));
    const { actions, stop } = watchAll();
    const spamRow = q('[data-comment-id="12"]');
    fireEvent.click(byText('Spam', spamRow));
    await settle();
    fireEvent.click(byText('Reply', q('[data-comment-id="11"]')));
    type(q(SEL.replyField), 'Thank you, Maria. The consultation closes on 30 June. You can read more on our website.');
    fireEvent.submit(q('#replyrow'));
    await settle();
    stop();
    expect(actions.map((a) => a.type).sort()).toEqual(['comment.approved', 'comment.replied', 'comment.spammed']);
    expect(actions.find((a) => a.type === 'comment.replied')!.metrics).toMatchObject({ wordCount: 16 });
    expect(actions.find((a) => a.type === 'comment.spammed')!.key).toBe('comment.spammed:sandbox:3:12');
  });
});

describe('finders', () => {
  it('every named element either resolves on some screen or is declared absent', () => {
    render(
      h(Fragment, null, h(PostEditor, { images: IMAGES }), h(SocialComposer, { images: IMAGES }), h(CommentsScreen, { author: "Northbridge Council" })),
    );
    type(q(SEL.paragraphText), 'A long paragraph with www.example.org in it.');
    fireEvent.click(q('[aria-label="Add block"]'));
    fireEvent.click(byText('Heading', q('#sb-inserter')));
    insertImage();
    fireEvent.click(q('[aria-label="Add image"]'));
    fireEvent.click(q('.sb-social .sb-media__item[data-image="poster"]'));
    const nav = document.createElement('nav');
    nav.setAttribute('data-sw', 'sandbox-nav');
    document.body.append(nav);
    const blockTab = new Set(ELEMENT_NAMES.filter((n) => sandbox.find(n, document) !== null));
    // The categories live on the Post tab; selecting the image switched the sidebar to the Block tab.
    expect(blockTab.has('categoriesPanel')).toBe(false);
    fireEvent.click(q('#sb-tab-post'));
    expect(sandbox.find('imageAltField', document)).toBeNull();
    const missing = ELEMENT_NAMES.filter((n) => !blockTab.has(n) && sandbox.find(n, document) === null);
    expect(missing).toEqual(['prePublishPanel', 'featuredImagePanel', 'replyBox']);
  });

  it('alt metrics flag "image of" and file names', () => {
    expect(altMetrics('Image of a park')).toMatchObject({ altStartsImageOf: true });
    expect(altMetrics('A photo showing the bridge')).toMatchObject({ altStartsImageOf: true });
    expect(altMetrics('IMG_2041.jpg')).toMatchObject({ altIsFileName: true });
    expect(altMetrics('Volunteers plant an oak')).toMatchObject({ altStartsImageOf: false, altIsFileName: false, altWords: 4 });
  });
});
