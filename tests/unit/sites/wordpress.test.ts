// @vitest-environment happy-dom
/**
 * The self-hosted WordPress adapter against fixtures captured from real WordPress 6.5.5 and 6.7-alpha
 * (scripts/wordpress/capture-fixtures.mjs). A WordPress change that moves a hook shows up here as a failing finder.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import wordpress, { createWordPressSite, isSelfHostedAdmin } from '../../../lib/sites/wordpress';
import { contextOf, ELEMENT_NAMES, type ElementName } from '../../../lib/sites/types';
import { COMMENT_REPLY_SKILLS, defaultPostMetrics, imageKey, isEmptyAltPlaceholder, isWordPressAdmin, richText, snapshotWordPress } from '../../../lib/sites/wp-shared';
import { socialSkills } from '../../../lib/sites/social-shared';
import { RULES } from '../../../lib/tips/rules';
import { BUILTIN_PACKS } from '../../../lib/tips/packs/builtin';
import { TICK, canvas, fire, loadWp, pieceOf, q, settle, startWpWatch, until } from './wordpress-helpers';


// Writing a 50 kB wp-admin page into happy-dom takes 0.1–0.7 s on these shared machines; some tests load several.
vi.setConfig({ testTimeout: 20_000 });
const VERSIONS = ['6.5', '6.7'] as const;
const dir = (v: string) => `wordpress/${v}`;
const ORIGIN = 'http://127.0.0.1:8065';
const HOST = '127.0.0.1:8065';

let stops: (() => void)[] = [];
afterEach(() => {
  stops.forEach((s) => s());
  stops = [];
});
function watch(context: string, options = {}) {
  const w = startWpWatch(context, options);
  stops.push(w.stop);
  return w;
}

/** Every element name, with what each fixture must find for it (a selector the found element matches), or null. */
type Expect = Partial<Record<ElementName, string | null>>;
const NONE_SOCIAL: Expect = { composeBox: null, postButton: null, replyBox: null, altTextButton: null, charCounter: null, hashtags: null };

function expectFinders(doc: Document, expected: Expect): void {
  for (const name of ELEMENT_NAMES) {
    if (!(name in expected)) continue;
    const want = expected[name];
    const found = wordpress.find(name, doc);
    if (want === null) expect(found, `${name} should be absent`).toBeNull();
    else {
      expect(found, `${name} should be found`).not.toBeNull();
      expect(found!.matches(want as string), `${name} found ${found!.outerHTML.slice(0, 120)}`).toBe(true);
    }
  }
}

describe('recognising wp-admin', () => {
  const screens = VERSIONS.flatMap((v) =>
    ['dashboard', 'block-editor-new', 'classic-editor', 'comments', 'posts-list', 'media-library-details'].map((name) => [v, name] as const),
  );
  it.each(screens)('detects WordPress %s %s by its markup, on any host', (v, name) => {
    expect(wordpress.matches).toEqual([]);
    const doc = loadWp(dir(v), name);
    expect(wordpress.detect(doc, new URL('https://www.example-council.gov.uk/wp-admin/'))).toBe(true);
  });

  it('does not take any other page for wp-admin', () => {
    const plain = new DOMParser().parseFromString('<html><body class="home"><main><h1>News</h1></main></body></html>', 'text/html');
    expect(isWordPressAdmin(plain)).toBe(false);
    expect(wordpress.detect(plain, new URL('https://example.org/wp-admin/'))).toBe(false);
  });

  it('leaves WordPress.com to its own adapter', () => {
    const doc = loadWp(dir('6.7'), 'dashboard');
    expect(isSelfHostedAdmin(doc, new URL('https://councilnews.wordpress.com/wp-admin/'))).toBe(false);
    expect(isSelfHostedAdmin(doc, new URL('https://news.example.gov.uk/wp-admin/'))).toBe(true);
  });
});

describe('contexts', () => {
  const ids = Object.keys(wordpress.contexts);

  it('has the screens of the issue, each with example URLs and a popup label', () => {
    expect(ids.sort()).toEqual(['wp.block-editor', 'wp.classic-editor', 'wp.comments', 'wp.dashboard', 'wp.media', 'wp.posts']);
    for (const id of ids) {
      expect(wordpress.contexts[id]!.examples.length).toBeGreaterThan(0);
      expect(wordpress.contextLabels?.[id]).toBe(`context.${id}`);
    }
  });

  it("matches its own examples and none of the other contexts' examples", () => {
    for (const [id, spec] of Object.entries(wordpress.contexts)) {
      for (const example of spec.examples) {
        const url = new URL(example);
        expect(spec.test(url), `${id} ← ${example}`).toBe(true);
        for (const [other, otherSpec] of Object.entries(wordpress.contexts)) {
          if (other !== id) expect(otherSpec.test(url), `${other} must not match ${example}`).toBe(false);
        }
        expect(contextOf(wordpress, url)).toBe(id);
      }
    }
  });

  it('does not match pages outside wp-admin or on WordPress.com', () => {
    for (const url of ['https://blog.example.gov.uk/2026/03/library-hours/', 'https://blog.example.gov.uk/wp-login.php', 'https://councilnews.wordpress.com/wp-admin/post-new.php']) {
      expect(contextOf(wordpress, new URL(url)), url).toBeUndefined();
    }
  });

  const byDom: [string, string][] = [
    ['block-editor-new', 'wp.block-editor'],
    ['block-editor-image', 'wp.block-editor'],
    ['block-editor-published', 'wp.block-editor'],
    ['classic-editor', 'wp.classic-editor'],
    ['classic-editor-published', 'wp.classic-editor'],
    ['media-modal', 'wp.classic-editor'],
    ['media-library-details', 'wp.media'],
    // post.php?post=6&action=edit is an attachment here, not an editor.
    ['attachment-edit', 'wp.media'],
    ['posts-list', 'wp.posts'],
    ['comments', 'wp.comments'],
    ['dashboard', 'wp.dashboard'],
  ];
  it.each(VERSIONS.flatMap((v) => byDom.map(([name, context]) => [v, name, context] as const)))(
    'tells the screens apart by their DOM: %s %s is %s',
    (v, name, context) => {
      const doc = loadWp(dir(v), name);
      expect(contextOf(wordpress, new URL(doc.URL), doc)).toBe(context);
    },
  );

  it('knows a screen by its body class when the admin path is renamed', () => {
    const doc = loadWp(dir('6.5'), 'comments', ORIGIN, `${ORIGIN}/secret-admin/edit-comments.php`);
    expect(contextOf(wordpress, new URL(doc.URL), doc)).toBe('wp.comments');
  });
});

describe.each(VERSIONS)('finders on WordPress %s', (v) => {
  it('block editor, new post', () => {
    const doc = loadWp(dir(v), 'block-editor-new');
    expectFinders(doc, {
      ...NONE_SOCIAL,
      titleField: '.editor-post-title__input',
      editorCanvas: 'iframe[name="editor-canvas"]',
      contentArea: '.is-root-container',
      publishButton: '.editor-post-publish-panel__toggle',
      prePublishPanel: null,
      imageAltField: null,
      // Collapsed by default (6.5, 6.7): the panel is found by its title.
      categoriesPanel: '.components-panel__body',
      featuredImagePanel: v === '6.5' ? '.components-panel__body' : '.editor-post-featured-image',
      headingBlock: null,
      linkBlock: null,
      longParagraph: null,
      longSentence: null,
      commentList: null,
      commentReplyBox: null,
      pendingComment: null,
      // Full-screen mode hides the admin menu.
      adminMenu: null,
    });
    // Reached through the canvas iframe, not the page.
    const title = wordpress.find('titleField', doc)!;
    expect(title.ownerDocument).toBe(canvas(doc));
    expect(wordpress.find('categoriesPanel', doc)!.textContent).toMatch(/Categories/);
  });

  it('block editor, image block selected: the alt field in the sidebar', () => {
    const doc = loadWp(dir(v), 'block-editor-image');
    expectFinders(doc, {
      imageAltField: '.block-editor-block-inspector textarea',
      headingBlock: '[data-type="core/heading"]',
      linkBlock: 'a[href$="/opening-hours/"]',
      contentArea: '.is-root-container',
      titleField: '.editor-post-title__input',
    });
    expect(wordpress.find('imageAltField', doc)!.ownerDocument).toBe(doc);
    expect(wordpress.find('headingBlock', doc)!.ownerDocument).toBe(canvas(doc));
  });

  it('block editor, Post tab with categories and featured image open', () => {
    const doc = loadWp(dir(v), 'block-editor-post-settings');
    expectFinders(doc, { categoriesPanel: '.components-panel__body', featuredImagePanel: v === '6.5' ? '.components-panel__body' : '.editor-post-featured-image', imageAltField: null });
    expect(wordpress.find('categoriesPanel', doc)!.querySelector('.editor-post-taxonomies__hierarchical-terms-list')).not.toBeNull();
    expect(wordpress.find('featuredImagePanel', doc)!.matches('.editor-post-featured-image, :has(.editor-post-featured-image)')).toBe(true);
  });

  it('block editor, pre-publish panel open: the panel and its own Publish button', () => {
    const doc = loadWp(dir(v), 'block-editor-prepublish');
    expectFinders(doc, {
      prePublishPanel: '.editor-post-publish-panel__prepublish',
      publishButton: '.editor-post-publish-panel__header-publish-button button',
    });
  });

  it('block editor, published: the save button, no pre-publish panel', () => {
    const doc = loadWp(dir(v), 'block-editor-published');
    expectFinders(doc, { prePublishPanel: null, publishButton: '.editor-post-publish-button' });
  });

  it('block editor, long sentences and paragraphs are found in the canvas', () => {
    const doc = loadWp(dir(v), 'block-editor-image');
    const c = canvas(doc);
    const long = c.createElement('p');
    long.setAttribute('data-type', 'core/paragraph');
    long.setAttribute('data-block', 'test-long');
    long.textContent = `${'word '.repeat(40).trim()}. ${'More words here and there. '.repeat(30)}`;
    q(c, '.is-root-container').append(long);
    expect(wordpress.find('longSentence', doc)).toBe(long);
    expect(wordpress.find('longParagraph', doc)).toBe(long);
  });

  it('classic editor', () => {
    const doc = loadWp(dir(v), 'classic-editor');
    expectFinders(doc, {
      ...NONE_SOCIAL,
      titleField: 'input#title',
      editorCanvas: '#wp-content-editor-container',
      contentArea: 'iframe#content_ifr',
      publishButton: 'input#publish',
      categoriesPanel: '#categorydiv',
      featuredImagePanel: '#postimagediv',
      prePublishPanel: null,
      imageAltField: null,
      adminMenu: '#adminmenu',
    });
  });

  it('classic editor, media modal: the attachment details alt field', () => {
    const doc = loadWp(dir(v), 'media-modal');
    // The modal covers the editor: nothing under it is an anchor while it is open (a card would float over the modal).
    expectFinders(doc, { imageAltField: '#attachment-details-alt-text', titleField: null, contentArea: null, publishButton: null, categoriesPanel: null, featuredImagePanel: null });
    // Closed (as wp.media hides it), the editor is back.
    q(doc, '.media-modal').setAttribute('style', 'display: none;');
    expectFinders(doc, { imageAltField: null, titleField: 'input#title', publishButton: 'input#publish', categoriesPanel: '#categorydiv' });
  });

  it('media library grid: the attachment details modal', () => {
    const doc = loadWp(dir(v), 'media-library-details');
    expectFinders(doc, { imageAltField: '#attachment-details-two-column-alt-text', adminMenu: null, titleField: null, publishButton: null });
  });

  it('attachment edit screen', () => {
    const doc = loadWp(dir(v), 'attachment-edit');
    expectFinders(doc, { imageAltField: 'textarea#attachment_alt' });
  });

  it('comments: the list, the first pending comment, the reply box only while open', () => {
    let doc = loadWp(dir(v), 'comments');
    expectFinders(doc, { ...NONE_SOCIAL, commentList: '#the-comment-list', pendingComment: '#comment-2.unapproved', commentReplyBox: null, adminMenu: '#adminmenu', titleField: null });
    doc = loadWp(dir(v), 'comments-reply-open');
    expectFinders(doc, { commentReplyBox: 'textarea#replycontent' });
    doc = loadWp(dir(v), 'comments-replied');
    expectFinders(doc, { commentReplyBox: null, pendingComment: '#comment-3.unapproved' });
    doc = loadWp(dir(v), 'comments-spammed');
    // The spammed comment is hidden, not yet removed.
    expectFinders(doc, { pendingComment: null });
  });

  it('dashboard and posts list', () => {
    let doc = loadWp(dir(v), 'dashboard');
    // The dashboard's title field is Quick Draft's.
    expectFinders(doc, { adminMenu: '#adminmenu', commentList: '#the-comment-list', pendingComment: '#comment-2', titleField: '#quick-press input#title', imageAltField: null, publishButton: null });
    doc = loadWp(dir(v), 'posts-list');
    expectFinders(doc, { adminMenu: '#adminmenu', titleField: null, publishButton: null, commentList: null });
  });
});

describe.each(VERSIONS)('snapshot on WordPress %s', (v) => {
  it('reads the block editor: title, paragraphs, heading, image without alt, link', () => {
    const doc = loadWp(dir(v), 'block-editor-image');
    const s = wordpress.snapshot(doc, 'wp.block-editor');
    expect(s.title).toBe('Library opens earlier');
    expect(s.paragraphs).toEqual([
      'Our central library will open earlier from March, so people can visit before work.',
      'The library opens at 8am on weekdays. To see all the times, click here.',
    ]);
    expect(s.text).toBe(s.paragraphs.join('\n\n'));
    expect(s.headings).toEqual([{ level: 2, text: 'New opening hours' }]);
    // The canvas shows "This image has an empty alt attribute…"; the sidebar says it is empty: missing.
    expect(s.images).toHaveLength(1);
    expect(s.images[0]!.alt).toBeNull();
    expect(s.images[0]!.src).toMatch(/library-entrance.*\.png$/);
    expect(s.links).toEqual([{ text: 'click here', href: expect.stringMatching(/^http:\/\/127\.0\.0\.1:80\d\d\/opening-hours\/$/) }]);
    expect(s.categories).toBeUndefined();
    expect(s.extra).toMatchObject({ published: false, mediaModalOpen: false });
    expect(typeof s.extra!.postId).toBe('number');
  });

  it('reads alt text from the sidebar field while the image is selected', () => {
    const doc = loadWp(dir(v), 'block-editor-image');
    q<HTMLTextAreaElement>(doc, '.block-editor-block-inspector textarea').value = 'The library entrance with its new opening hours sign';
    expect(wordpress.snapshot(doc, 'wp.block-editor').images[0]!.alt).toBe('The library entrance with its new opening hours sign');
  });

  it('reads alt text from the canvas image when the block is not selected', () => {
    const doc = loadWp(dir(v), 'block-editor-prepublish');
    const img = q(canvas(doc), '[data-type="core/image"] img');
    expect(wordpress.snapshot(doc, 'wp.block-editor').images[0]!.alt).toBeNull();
    img.setAttribute('alt', 'The library entrance');
    expect(wordpress.snapshot(doc, 'wp.block-editor').images[0]!.alt).toBe('The library entrance');
  });

  it('an empty new post reads as empty, without the placeholders', () => {
    const doc = loadWp(dir(v), 'block-editor-new');
    const s = wordpress.snapshot(doc, 'wp.block-editor');
    expect(s.title).toBe('');
    expect(s.paragraphs).toEqual([]);
    expect(s.images).toEqual([]);
  });

  it('reads the checked categories when the panel is open', () => {
    const doc = loadWp(dir(v), 'block-editor-post-settings');
    expect(wordpress.snapshot(doc, 'wp.block-editor').categories).toEqual(['News']);
  });

  it('knows a published post', () => {
    const doc = loadWp(dir(v), 'block-editor-published');
    expect(wordpress.snapshot(doc, 'wp.block-editor').extra).toMatchObject({ published: true });
  });

  it('reads the classic editor (TinyMCE frame) and its status', () => {
    const doc = loadWp(dir(v), 'classic-editor-published');
    const s = wordpress.snapshot(doc, 'wp.classic-editor');
    expect(s.title).toBe('Library closed on Monday');
    expect(s.paragraphs).toEqual(['The library will be closed on Monday for staff training.']);
    expect(s.categories).toEqual(['News']);
    expect(s.extra).toMatchObject({ published: true, postStatus: 'publish' });
  });

  it('reads the classic editor Text tab from its textarea', () => {
    const doc = loadWp(dir(v), 'classic-editor-published');
    const wrap = q(doc, '#wp-content-wrap');
    wrap.classList.replace('tmce-active', 'html-active');
    q<HTMLTextAreaElement>(doc, 'textarea#content').value = 'First paragraph here.\n\n<h2>Opening times</h2>\n<img src="/a.png" alt="">';
    const s = wordpress.snapshot(doc, 'wp.classic-editor');
    expect(s.headings).toEqual([{ level: 2, text: 'Opening times' }]);
    expect(s.images).toEqual([{ src: '/a.png', alt: null }]);
  });

  it('includes the image in the open media modal, and reads attachment screens', () => {
    let doc = loadWp(dir(v), 'media-modal');
    let s = wordpress.snapshot(doc, 'wp.classic-editor');
    expect(s.images.at(-1)!.alt).toBeNull();
    expect(s.extra!.mediaModalOpen).toBe(true);
    doc = loadWp(dir(v), 'media-library-details');
    s = wordpress.snapshot(doc, 'wp.media');
    expect(s.images).toHaveLength(1);
    expect(s.images[0]).toMatchObject({ alt: null });
    doc = loadWp(dir(v), 'attachment-edit');
    q<HTMLTextAreaElement>(doc, '#attachment_alt').value = 'Library entrance';
    expect(wordpress.snapshot(doc, 'wp.media').images[0]!.alt).toBe('Library entrance');
  });

  it('reads the reply being written on the comments screen', () => {
    let doc = loadWp(dir(v), 'comments');
    expect(wordpress.snapshot(doc, 'wp.comments')).toMatchObject({ text: '', extra: { pendingComments: 3, replyOpen: false } });
    doc = loadWp(dir(v), 'comments-reply-open');
    const s = wordpress.snapshot(doc, 'wp.comments');
    expect(s.isReply).toBe(true);
    expect(s.text).toBe('Thank you for asking. Yes, from March we open at 8am on bank holidays too.');
  });

  it('names the fields whose input re-runs the rules', () => {
    let doc = loadWp(dir(v), 'block-editor-image');
    let fields = wordpress.watchedFields!(doc);
    expect(fields.some((f) => f.matches('.editor-post-title__input'))).toBe(true);
    expect(fields.some((f) => f.matches('.block-editor-block-inspector textarea'))).toBe(true);
    doc = loadWp(dir(v), 'comments-reply-open');
    fields = wordpress.watchedFields!(doc);
    expect(fields.map((f) => f.id)).toContain('replycontent');
  });
});

describe('alt text placeholders and image keys', () => {
  it("recognises the block editor's stand-in for an empty alt", () => {
    const src = 'https://blog.example.gov.uk/wp-content/uploads/2026/03/library-entrance-1024x576.png';
    expect(isEmptyAltPlaceholder('This image has an empty alt attribute; its file name is library-entrance-1024x576.png', src)).toBe(true);
    expect(isEmptyAltPlaceholder('Dieses Bild hat ein leeres alt-Attribut; sein Dateiname ist library-entrance-1024x576.png', src)).toBe(true);
    expect(isEmptyAltPlaceholder('library-entrance-1024x576.png', src)).toBe(false);
    expect(isEmptyAltPlaceholder('The library entrance', src)).toBe(false);
  });

  it('gives one key to every size of one upload, and never shows the address', () => {
    const a = imageKey('https://b.example/wp-content/uploads/2026/03/library-entrance-1024x576.png');
    expect(imageKey('https://b.example/wp-content/uploads/2026/03/library-entrance-300x169.png')).toBe(a);
    expect(imageKey('https://b.example/wp-content/uploads/2026/03/library-entrance.png')).toBe(a);
    expect(imageKey('https://b.example/wp-content/uploads/2026/03/library-entrance-scaled.png')).toBe(a);
    expect(imageKey('https://b.example/wp-content/uploads/2026/03/other.png')).not.toBe(a);
    expect(a).toMatch(/^[a-z0-9]+$/);
  });

  it('reads rich text without placeholders or caret holders', () => {
    const p = new DOMParser().parseFromString('<h1>\uFEFF<span data-rich-text-placeholder="Add title"></span></h1><p>One<br>two</p>', 'text/html');
    expect(richText(p.querySelector('h1')!)).toBe('');
    expect(richText(p.querySelector('p')!)).toBe('One\ntwo');
  });
});

describe.each(VERSIONS)('watch on WordPress %s', (v) => {
  it('logs post.published when the post-publish panel appears, keyed by post', async () => {
    const doc = loadWp(dir(v), 'block-editor-prepublish');
    const w = watch('wp.block-editor');
    await settle(TICK);
    expect(w.emitted).toEqual([]);
    // What WordPress renders after Publish: the header's toggle becomes the save button, the panel turns post-publish.
    q(doc, '.editor-post-publish-panel').replaceWith(pieceOf(dir(v), 'block-editor-published.html', '.editor-post-publish-panel'));
    q(doc, '.editor-post-publish-panel__toggle').replaceWith(pieceOf(dir(v), 'block-editor-published.html', '.editor-post-publish-button'));
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['post.published']);
    const action = w.emitted[0]!;
    expect(action.key).toBe(`post.published:${HOST}:${q<HTMLInputElement>(doc, '#post_ID').value}`);
    expect(action.metrics).toMatchObject({ hasTitle: true, paragraphCount: 2, headingCount: 1, imageCount: 1, imagesMissingAlt: 1, linkCount: 1 });
    expect(action.skills).toContain('publishing');
    // Never the words.
    expect(JSON.stringify(action)).not.toMatch(/library|click here/i);
  });

  it('logs post.scheduled for a post dated in the future', async () => {
    const doc = loadWp(dir(v), 'block-editor-prepublish');
    const w = watch('wp.block-editor');
    await settle(TICK);
    q(doc, '.editor-post-publish-panel').replaceWith(pieceOf(dir(v), 'block-editor-scheduled.html', '.editor-post-publish-panel'));
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['post.scheduled']);
  });

  it('logs post.published when publishing skips the panels (the toggle gives way to the save button)', async () => {
    const doc = loadWp(dir(v), 'block-editor-image');
    const w = watch('wp.block-editor');
    await settle(TICK);
    q(doc, '.editor-post-publish-panel__toggle').replaceWith(pieceOf(dir(v), 'block-editor-published.html', '.editor-post-publish-button'));
    // "Save draft" is only there until the post is live.
    q(doc, '.editor-post-save-draft').remove();
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['post.published']);
  });

  /**
   * The pre-publish checks turned off (measured on real 6.5.5 / 6.7-alpha): the header's Publish is the plain save
   * button, beside "Save draft"; once saved live, "Save draft" goes and a link to the post appears; once scheduled,
   * no link. The notice's words are made Welsh so that only the structure can decide.
   */
  const publishWithoutPanel = async (from: 'block-editor-published.html' | 'block-editor-scheduled.html') => {
    const doc = loadWp(dir(v), 'block-editor-image');
    q(doc, '.editor-post-publish-panel__toggle').replaceWith(pieceOf(dir(v), 'block-editor-published.html', '.editor-post-publish-button'));
    expect(wordpress.snapshot(doc, 'wp.block-editor').extra).toMatchObject({ published: false });
    const w = watch('wp.block-editor');
    await settle(TICK);
    expect(w.emitted).toEqual([]);
    // What the editor renders when the save returns: no draft controls, maybe the view link, the save notice.
    q(doc, '.editor-post-save-draft').remove();
    if (from === 'block-editor-published.html') {
      const link = pieceOf(dir(v), from, '.edit-post-header__settings a[aria-label="View Post"], .editor-header__settings a[aria-label="View Post"]', doc);
      q(doc, '.edit-post-header__settings, .editor-header__settings').append(link);
    }
    const notice = pieceOf(dir(v), from, '.components-snackbar');
    q(notice, '.components-snackbar__content').firstChild!.textContent = 'Cofnod wedi ei gadw.';
    q(doc, '.components-snackbar-list').append(notice);
    await until(() => w.emitted.length > 0);
    return w.types();
  };

  it('logs post.published when the pre-publish checks are off: the draft controls go, a link to the live post comes', async () => {
    expect(await publishWithoutPanel('block-editor-published.html')).toEqual(['post.published']);
  });

  it('logs post.scheduled when the pre-publish checks are off and no link to a live post comes, in any language', async () => {
    expect(await publishWithoutPanel('block-editor-scheduled.html')).toEqual(['post.scheduled']);
  });

  it('logs post.updated after saving a published post, not the earlier publish', async () => {
    const doc = loadWp(dir(v), 'block-editor-published');
    const w = watch('wp.block-editor');
    await settle(TICK);
    expect(w.emitted).toEqual([]);
    const save = q(doc, '.interface-interface-skeleton__header .editor-post-publish-button');
    save.classList.add('is-busy');
    await settle(10);
    save.classList.remove('is-busy');
    q(doc, '.components-snackbar-list').append(pieceOf(dir(v), 'block-editor-updated.html', '.components-snackbar'));
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['post.updated']);
    expect(w.emitted[0]!.key).toMatch(new RegExp(`^post\\.updated:${HOST.replace(/\./g, '\\.')}:\\d+:\\d+$`));
  });

  it('logs post.updated when the editor reuses its save notice, in any language (the busy save button decides)', async () => {
    const doc = loadWp(dir(v), 'block-editor-published');
    const w = watch('wp.block-editor');
    await settle(TICK);
    const save = q(doc, '.interface-interface-skeleton__header .editor-post-publish-button');
    save.classList.add('is-busy');
    await settle(10);
    save.classList.remove('is-busy');
    // Measured on 6.5 and 6.7: the "Post published." snackbar element stays and its words change.
    q(doc, '.components-snackbar__content').firstChild!.textContent = 'Bejegyzés frissítve.';
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['post.updated']);
  });

  it('does not take another notice on a published post for an update when nothing was saved', async () => {
    const doc = loadWp(dir(v), 'block-editor-published');
    const w = watch('wp.block-editor');
    await settle(TICK);
    q(doc, '.components-snackbar__content').firstChild!.textContent = 'Copied URL to clipboard.';
    await settle(TICK);
    expect(w.emitted).toEqual([]);
  });

  it('logs post.published from the classic editor notice after the reload', async () => {
    const doc = loadWp(dir(v), 'classic-editor-published');
    const w = watch('wp.classic-editor');
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['post.published']);
    expect(w.emitted[0]!.key).toBe(`post.published:${HOST}:${q<HTMLInputElement>(doc, '#post_ID').value}`);
    expect(w.emitted[0]!.metrics).toMatchObject({ categorySet: true, paragraphCount: 1 });
  });

  it('logs image.alt-added once when the sidebar alt field is filled and committed', async () => {
    const doc = loadWp(dir(v), 'block-editor-image');
    const w = watch('wp.block-editor');
    await settle(TICK);
    const field = q<HTMLTextAreaElement>(doc, '.block-editor-block-inspector textarea');
    fire(field, 'focusin');
    field.value = 'Front entrance of the central library';
    fire(field, 'input');
    fire(field, 'change');
    await settle(TICK);
    fire(field, 'change');
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['image.alt-added']);
    const action = w.emitted[0]!;
    expect(action.metrics).toEqual({ altLength: 37, altWords: 6 });
    expect(action.key).toBe(`image.alt-added:${HOST}:${imageKey(q(canvas(doc), '[data-type="core/image"] img').getAttribute('src')!)}`);
    expect(JSON.stringify(action)).not.toMatch(/entrance|library/i);
  });

  it('logs image.alt-added when the canvas image gets its alt some other way (toolbar, undo)', async () => {
    const doc = loadWp(dir(v), 'block-editor-prepublish');
    const w = watch('wp.block-editor');
    await settle(TICK);
    q(canvas(doc), '[data-type="core/image"] img').setAttribute('alt', 'Front entrance');
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['image.alt-added']);
  });

  it('does not log alt text that was already there', async () => {
    const doc = loadWp(dir(v), 'block-editor-prepublish');
    q(canvas(doc), '[data-type="core/image"] img').setAttribute('alt', 'Front entrance');
    const w = watch('wp.block-editor');
    q(canvas(doc), '[data-type="core/image"] img').setAttribute('alt', 'Front entrance of the library');
    await settle(TICK);
    expect(w.emitted).toEqual([]);
  });

  it('logs image.alt-added from the media modal and the attachment screen', async () => {
    let doc = loadWp(dir(v), 'media-modal');
    let w = watch('wp.classic-editor');
    await settle(TICK);
    const modalField = q<HTMLTextAreaElement>(doc, '#attachment-details-alt-text');
    modalField.value = 'Library entrance';
    fire(modalField, 'input');
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['image.alt-added']);
    const modalKey = w.emitted[0]!.key;
    w.stop();

    doc = loadWp(dir(v), 'attachment-edit');
    w = watch('wp.media');
    await settle(TICK);
    const field = q<HTMLTextAreaElement>(doc, '#attachment_alt');
    field.value = 'Library entrance';
    fire(field, 'change');
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['image.alt-added']);
    // Same upload, seen at another size: the same key, so the log keeps one.
    expect(w.emitted[0]!.key).toBe(modalKey);
  });

  it('logs heading.added once a new heading has text', async () => {
    const doc = loadWp(dir(v), 'block-editor-image');
    const w = watch('wp.block-editor');
    await settle(TICK);
    const c = canvas(doc);
    const h = c.createElement('h3');
    h.className = 'block-editor-rich-text__editable block-editor-block-list__block wp-block wp-block-heading rich-text';
    h.setAttribute('data-type', 'core/heading');
    h.setAttribute('data-block', 'new-heading-block');
    h.setAttribute('contenteditable', 'true');
    q(c, '.is-root-container').append(h);
    await settle(TICK);
    expect(w.emitted).toEqual([]);
    h.textContent = 'Weekend opening';
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['heading.added']);
    expect(w.emitted[0]!.metrics).toEqual({ level: 3 });
    expect(w.emitted[0]!.key).toMatch(/:new-heading-block$/);
  });

  it('logs link.text-improved when "click here" becomes descriptive', async () => {
    const doc = loadWp(dir(v), 'block-editor-image');
    const w = watch('wp.block-editor');
    await settle(TICK);
    q(canvas(doc), 'a[href$="/opening-hours/"]').textContent = 'opening hours of every library';
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['link.text-improved']);
    expect(w.emitted[0]!.key).not.toMatch(/opening/);
  });

  it('logs category.set when a real category is ticked, not Uncategorized alone', async () => {
    const doc = loadWp(dir(v), 'block-editor-post-settings');
    const w = watch('wp.block-editor');
    await settle(TICK);
    const boxes = Array.from(doc.querySelectorAll<HTMLInputElement>('.editor-post-taxonomies__hierarchical-terms-list input[type="checkbox"]'));
    const [news, uncategorized] = boxes;
    news!.checked = false;
    uncategorized!.checked = true;
    fire(uncategorized!, 'change');
    await settle(TICK);
    expect(w.emitted).toEqual([]);
    news!.checked = true;
    fire(news!, 'change');
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['category.set']);
    expect(w.emitted[0]!.metrics).toEqual({ categoryCount: 2, uncategorized: true });
  });

  it('logs featured-image.set when the featured image appears', async () => {
    const doc = loadWp(dir(v), 'block-editor-post-settings');
    const w = watch('wp.block-editor');
    await settle(TICK);
    const box = q(doc, '.editor-post-featured-image');
    const img = doc.createElement('img');
    img.src = `${ORIGIN}/wp-content/uploads/2026/11/library-entrance-300x169.png`;
    q(box, '.editor-post-featured-image__container').prepend(img);
    await until(() => w.emitted.length > 0);
    expect(w.types()).toEqual(['featured-image.set']);
  });

  it('logs comment.replied and comment.approved as the comments screen shows them', async () => {
    const doc = loadWp(dir(v), 'comments-reply-open');
    const w = watch('wp.comments');
    await settle(TICK);
    // After "Approve and Reply": the parent loses .unapproved, the reply row is inserted after it, the editor closes.
    q(doc, '#comment-2').classList.remove('unapproved');
    q(doc, '#comment-2').classList.add('approved');
    q(doc, '#comment-2').after(pieceOf(dir(v), 'comments-replied.html', '#comment-5'));
    q(doc, '#replyrow').setAttribute('style', 'display: none;');
    await until(() => w.emitted.length > 0);
    expect(w.types().sort()).toEqual(['comment.approved', 'comment.replied']);
    const reply = w.emitted.find((a) => a.type === 'comment.replied')!;
    expect(reply.key).toBe(`comment.replied:${HOST}:5`);
    // Replying to a comment is replying: it fades the tone reminder as a social reply does.
    expect(reply.skills).toEqual(['comments', 'replying']);
    expect(reply.metrics).toEqual({ wordCount: 15, longestSentence: 11 });
    expect(w.emitted.find((a) => a.type === 'comment.approved')!.key).toBe(`comment.approved:${HOST}:2`);
  });

  it('does not take a refill row (another comment) for a reply', async () => {
    const doc = loadWp(dir(v), 'comments');
    const w = watch('wp.comments');
    await settle(TICK);
    const row = pieceOf(dir(v), 'comments-replied.html', '#comment-5');
    row.classList.remove('byuser');
    q(doc, '#the-comment-list').append(row);
    await settle(TICK);
    expect(w.emitted).toEqual([]);
  });

  it('logs comment.approved and comment.spammed from row changes', async () => {
    const doc = loadWp(dir(v), 'comments');
    const w = watch('wp.comments');
    await settle(TICK);
    q(doc, '#comment-3').classList.remove('unapproved');
    // Spam: wp-admin hides the row and puts an "undo" row before it.
    q(doc, '#comment-4').setAttribute('style', 'display: none;');
    q(doc, '#comment-4').before(pieceOf(dir(v), 'comments-spammed.html', '#undo-4'));
    await until(() => w.emitted.length > 0);
    expect(w.emitted.map((a) => a.key).sort()).toEqual([`comment.approved:${HOST}:3`, `comment.spammed:${HOST}:4`]);
  });

  it('logs bulk comment actions from the address they reload to', async () => {
    loadWp(dir(v), 'comments', ORIGIN, `${ORIGIN}/wp-admin/edit-comments.php?spammed=2&ids=3,4`);
    const w = watch('wp.comments');
    await until(() => w.emitted.length > 0);
    expect(w.emitted.map((a) => a.key).sort()).toEqual([`comment.spammed:${HOST}:3`, `comment.spammed:${HOST}:4`]);
  });

  it('stops when its signal aborts', async () => {
    const doc = loadWp(dir(v), 'comments');
    const w = watch('wp.comments');
    await settle(TICK);
    w.stop();
    q(doc, '#comment-3').classList.remove('unapproved');
    await settle(TICK);
    expect(w.emitted).toEqual([]);
  });
});

describe('metrics', () => {
  it('are numbers and booleans only, and a custom metrics function replaces them', async () => {
    const m = defaultPostMetrics({ title: 'T', text: 'One two three.', paragraphs: ['One two three.'], headings: [], images: [{ alt: null, src: 'a.png' }], links: [], categories: ['Uncategorized'] });
    for (const value of Object.values(m)) expect(['number', 'boolean']).toContain(typeof value);
    expect(m).toMatchObject({ wordCount: 3, imagesMissingAlt: 1, categorySet: false });

    const custom = createWordPressSite((s) => ({ paragraphs: s.paragraphs.length }));
    const doc = loadWp(dir('6.7'), 'classic-editor-published');
    const emitted: unknown[] = [];
    const controller = new AbortController();
    custom.watch!({ doc, context: 'wp.classic-editor', signal: controller.signal, emit: (a) => emitted.push(a) });
    controller.abort();
    expect(emitted).toMatchObject([{ type: 'post.published', metrics: { paragraphs: 1 } }]);
  });

  it('snapshot is read only: the fixture is unchanged after reading', () => {
    const doc = loadWp(dir('6.7'), 'block-editor-image');
    const before = doc.documentElement.outerHTML + canvas(doc).documentElement.outerHTML;
    snapshotWordPress(doc, 'wp.block-editor');
    for (const name of ELEMENT_NAMES) wordpress.find(name, doc);
    expect(doc.documentElement.outerHTML + canvas(doc).documentElement.outerHTML).toBe(before);
  });
});

describe('skills a comment reply practises', () => {
  it('are the skills of every tip a reply follows (reply-promptly, the tone reminder), on WordPress as on social sites', () => {
    const tipSkill = new Map(BUILTIN_PACKS.flatMap((p) => p.tips.map((t) => [t.id, t.skill] as const)));
    const followers = RULES.filter((r) => [r.followedBy ?? []].flat().includes('comment.replied'));
    expect(followers.map((r) => r.id).sort()).toEqual(['comment-reply-promptly', 'reply-tone']);
    for (const rule of followers) expect(COMMENT_REPLY_SKILLS, rule.id).toContain(tipSkill.get(rule.tip));
    // The social sites count a reply for the same tone skill.
    const social = socialSkills({ text: 'Thanks', paragraphs: ['Thanks'], headings: [], images: [], links: [], isReply: true }, {
      hadAltText: false,
      imageCount: 0,
      hashtagCount: 0,
      hashtagsCamelCase: false,
      linkCount: 0,
      length: 6,
    });
    expect(social).toContain(tipSkill.get('conduct.reply-tone'));
  });
});
