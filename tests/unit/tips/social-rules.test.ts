// @vitest-environment happy-dom
/**
 * Issue 6's tips in the six social composers, end to end through the real rules and the real adapters (no browser):
 * - every screen of every social site gets every rule the issue names;
 * - each problem the end-to-end test types wakes exactly its own rule on every site (so one card can be expected),
 *   and the clean post, image description and reply wake nothing but what they should;
 * - each rule's anchor resolves, on each site's fixture, to the element the issue asks for: the alt editor for a
 *   missing description (its button, or its field while open), the character counter for the length limit where
 *   the site shows one, the reply box for tone, the post button for the pre-election reminder, the compose box for
 *   the rest.
 */
import { describe, expect, it } from 'vitest';
import { PLATFORM_LIMITS, type Platform } from '../../../lib/checks';
import type { SiteKind } from '../../../lib/practice/schema';
import bluesky from '../../../lib/sites/bluesky';
import facebook from '../../../lib/sites/facebook';
import linkedin from '../../../lib/sites/linkedin';
import mastodon from '../../../lib/sites/mastodon';
import threads from '../../../lib/sites/threads';
import x from '../../../lib/sites/x';
import { linksFromText, paragraphsOf, socialMetrics, socialSkills } from '../../../lib/sites/social-shared';
import { BUILTIN_PACKS } from '../../../lib/tips/packs/builtin';
import type { ContentSnapshot, ElementName, SiteAdapter } from '../../../lib/sites/types';
import { anchorsOf, createEngine } from '../../../lib/tips/engine';
import { RULES } from '../../../lib/tips/rules';
import type { RuleContext, TipRule } from '../../../lib/tips/types';
import { ALT_TEXT, CLEAN_POST, CLEAN_REPLY, COMPOSE_PROBLEMS, overLimitText } from '../../e2e/support/social-problems';
import { instantiate, loadFixture, q } from '../sites/social-fixtures';

const SOCIAL: readonly SiteAdapter[] = [x, mastodon, bluesky, linkedin, facebook, threads];
const engine = createEngine(RULES);
const rule = (id: string): TipRule => {
  const r = RULES.find((candidate) => candidate.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};

/** The rules behind the tips issue 6 lists. */
const ISSUE_6_RULES = [
  'image-without-alt',
  'hashtag-camel-case',
  'too-many-hashtags',
  'hashtag-mid-sentence',
  'too-many-links',
  'too-many-emoji',
  'all-caps',
  'long-sentence',
  'personal-data',
  'pre-election-period',
  'reply-tone',
  'over-length-limit',
];

function snapshot(site: SiteKind, text: string, extra: Partial<ContentSnapshot> = {}): ContentSnapshot {
  return {
    text,
    paragraphs: paragraphsOf(text),
    headings: [],
    images: [],
    links: linksFromText(text),
    isReply: false,
    limit: PLATFORM_LIMITS[site as Platform],
    ...extra,
  };
}

const NOON = new Date(2026, 10, 28, 12, 0, 0);

function fired(adapter: SiteAdapter, content: ContentSnapshot, extra: Partial<RuleContext> = {}): string[] {
  const context = Object.keys(adapter.contexts)[0]!;
  return engine.evaluate({ site: adapter.kind, context, content, now: NOON, practised: () => 0, ...extra }).map((m) => m.rule.id);
}

describe('every social screen has the rules issue 6 asks for', () => {
  const screens = SOCIAL.flatMap((a) => Object.keys(a.contexts).map((context) => [a.id, context, a] as const));
  it.each(screens)('%s %s', (_id, context, adapter) => {
    const ids = engine.rulesFor(adapter.kind, context).map((r) => r.id);
    expect(ISSUE_6_RULES.filter((id) => !ids.includes(id))).toEqual([]);
  });
});

describe.each(SOCIAL.map((a) => [a.id, a] as const))('what wakes which rule on %s', (_id, adapter) => {
  it.each(COMPOSE_PROBLEMS.map((p) => [p.name, p] as const))('%s wakes only its own rule', (_name, problem) => {
    expect(fired(adapter, snapshot(adapter.kind, problem.text))).toEqual([problem.rule]);
    expect(rule(problem.rule).tip).toBe(problem.tip);
  });

  it('a clean post with a described image wakes nothing', () => {
    expect(fired(adapter, snapshot(adapter.kind, CLEAN_POST, { images: [{ src: 'blob:1', alt: ALT_TEXT }] }))).toEqual([]);
  });

  it('an image without a description wakes image-without-alt, an empty description too', () => {
    expect(fired(adapter, snapshot(adapter.kind, CLEAN_POST, { images: [{ src: 'blob:1', alt: null }] }))).toEqual(['image-without-alt']);
    expect(fired(adapter, snapshot(adapter.kind, CLEAN_POST, { images: [{ src: 'blob:1', alt: '' }] }))).toEqual(['image-without-alt']);
  });

  it('a reply wakes the tone reminder, even before a word is written', () => {
    expect(fired(adapter, snapshot(adapter.kind, CLEAN_REPLY, { isReply: true }))).toEqual(['reply-tone']);
    expect(fired(adapter, snapshot(adapter.kind, '', { isReply: true }))).toEqual(['reply-tone']);
  });

  it("a post over the platform's limit wakes over-length-limit only", () => {
    const text = overLimitText(adapter.kind as Platform);
    expect(fired(adapter, snapshot(adapter.kind, text))).toEqual(['over-length-limit']);
    // The limit the adapter read from the page (a Mastodon instance's own) is the one that counts.
    expect(fired(adapter, snapshot(adapter.kind, CLEAN_POST, { limit: 40 }))).toEqual(['over-length-limit']);
  });

  it('the pre-election reminder shows while the dates set include today, and only with something written', () => {
    const during = { preElection: { start: '2026-11-27', end: '2026-11-29' } };
    expect(fired(adapter, snapshot(adapter.kind, CLEAN_POST), during)).toEqual(['pre-election-period']);
    expect(fired(adapter, snapshot(adapter.kind, ''), during)).toEqual([]);
    expect(fired(adapter, snapshot(adapter.kind, CLEAN_POST), { preElection: { start: '2026-11-29', end: '2026-12-10' } })).toEqual([]);
    expect(fired(adapter, snapshot(adapter.kind, CLEAN_POST), { preElection: undefined })).toEqual([]);
  });
});

describe('what a social post practises is what the tips teach (so tips fade with practice)', () => {
  const skillOf = (tipId: string) => BUILTIN_PACKS.flatMap((p) => p.tips).find((t) => t.id === tipId)?.skill;
  const skillsOf = (content: ContentSnapshot) => socialSkills(content, socialMetrics('x', content));

  it('a reply practises the tone reminder\'s skill', () => {
    expect(skillsOf(snapshot('x', CLEAN_REPLY, { isReply: true }))).toContain(skillOf(rule('reply-tone').tip));
    expect(skillsOf(snapshot('x', CLEAN_POST))).not.toContain(skillOf(rule('reply-tone').tip));
  });

  it('a post whose images are all described practises the alt-text tips\' skill; hashtags, the hashtag tips\'', () => {
    const post = snapshot('x', CLEAN_POST, { images: [{ src: IMAGE, alt: ALT_TEXT }] });
    expect(skillsOf(post)).toEqual(expect.arrayContaining([skillOf(rule('image-without-alt').tip), skillOf(rule('hashtag-camel-case').tip)]));
    expect(skillsOf(snapshot('x', 'No tags here', { images: [{ src: IMAGE, alt: null }] }))).toEqual(['social-posting']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Anchors: each site's fixture put in the states the learner goes through, as the site renders them
// ---------------------------------------------------------------------------------------------------------------

interface Stage {
  /** Composer open with an image attached (its description not written). */
  compose: () => Document;
  /** The same, with the image description editor open. */
  altOpen: () => Document;
  /** A reply box open. */
  reply: () => Document;
  /** Selectors of the elements the issue names, to check the adapter found the right one. */
  expect: Partial<Record<ElementName, string>>;
}

const IMAGE = 'blob:https://fixture.example/1';

const STAGES: Record<string, Stage> = {
  x: {
    compose: () => {
      const doc = loadFixture('x');
      const item = instantiate(doc, 'attachment');
      q(item, 'img').setAttribute('src', IMAGE);
      q(doc, '[data-fixture="inline-composer"] [data-testid="attachments"]').append(item);
      return doc;
    },
    altOpen() {
      const doc = this.compose();
      const dialog = instantiate(doc, 'description-dialog');
      q(dialog, 'img').setAttribute('src', IMAGE);
      q(doc, '#layers').append(dialog);
      return doc;
    },
    reply: () => {
      const doc = loadFixture('x');
      q(doc, '#layers').append(instantiate(doc, 'reply-dialog'));
      return doc;
    },
    expect: {
      composeBox: '[data-fixture="inline-composer"] [data-testid="tweetTextarea_0"]',
      altTextButton: '[data-testid="attachments"] [aria-label="Add description"]',
      imageAltField: '[data-testid="altTextInput"]',
      charCounter: '[data-fixture="inline-composer"] [role="progressbar"]',
      postButton: '[data-testid="tweetButtonInline"]',
      replyBox: '#layers [data-testid="tweetTextarea_0"]',
    },
  },
  mastodon: {
    compose: () => {
      const doc = loadFixture('mastodon');
      const list = instantiate(doc, 'uploads');
      q(doc, '.compose-form__input').after(list);
      const upload = instantiate(doc, 'upload');
      q(upload, '.compose-form__upload__thumbnail').setAttribute('style', `background-image: url("${IMAGE}")`);
      list.append(upload);
      return doc;
    },
    altOpen() {
      const doc = this.compose();
      const frame = instantiate(doc, 'modal-frame');
      q(frame, '.modal-root__container').append(instantiate(doc, 'alt-modal'));
      q(doc, '.modal-root').append(frame);
      return doc;
    },
    reply: () => {
      const doc = loadFixture('mastodon');
      q(doc, 'form.compose-form').prepend(instantiate(doc, 'reply-indicator'));
      return doc;
    },
    expect: {
      composeBox: 'textarea.autosuggest-textarea__textarea',
      altTextButton: '.compose-form__upload__warning button',
      imageAltField: '.modal-root textarea#description',
      charCounter: '.compose-form__footer .character-counter',
      postButton: '.compose-form__submit button',
      replyBox: 'textarea.autosuggest-textarea__textarea',
    },
  },
  bluesky: {
    compose: () => {
      const doc = loadFixture('bluesky');
      const layer = instantiate(doc, 'composer');
      const view = doc.createElement('div');
      view.setAttribute('data-testid', 'selectedPhotosView');
      const item = instantiate(doc, 'gallery-item');
      q(item, 'img').setAttribute('src', IMAGE);
      view.append(item);
      q(layer, '.embeds').append(view);
      doc.body.append(layer);
      return doc;
    },
    altOpen() {
      const doc = this.compose();
      const dialog = instantiate(doc, 'alt-dialog');
      q(dialog, 'img').setAttribute('src', IMAGE);
      q(doc, '#portal').append(dialog);
      return doc;
    },
    reply: () => {
      const doc = loadFixture('bluesky');
      const layer = instantiate(doc, 'composer');
      q(layer, '.topbar').after(instantiate(doc, 'reply-to'));
      q(layer, '[data-testid="composerPublishBtn"]').setAttribute('aria-label', 'Publish reply');
      doc.body.append(layer);
      return doc;
    },
    expect: {
      composeBox: '[data-testid="composePostView"] .ProseMirror',
      altTextButton: '[data-testid="altTextButton"]',
      imageAltField: '.alt-dialog textarea',
      charCounter: '.char-progress',
      postButton: '[data-testid="composerPublishBtn"]',
      replyBox: '[data-testid="composePostView"] .ProseMirror',
    },
  },
  linkedin: {
    compose: () => {
      const doc = loadFixture('linkedin');
      const overlay = instantiate(doc, 'share-dialog');
      const item = instantiate(doc, 'preview-image');
      q(item, 'img').setAttribute('src', IMAGE);
      q(overlay, '.share-creation-state__preview').append(item);
      q(doc, '#interop-outlet').attachShadow({ mode: 'open' }).append(overlay);
      return doc;
    },
    altOpen() {
      const doc = this.compose();
      const root = q(doc, '#interop-outlet').shadowRoot!;
      const panel = instantiate(doc, 'alt-editor');
      q(panel, 'img').setAttribute('src', IMAGE);
      q(root, '.share-creation-state__preview-item').after(panel);
      return doc;
    },
    reply: () => {
      const doc = loadFixture('linkedin');
      q(doc, '[data-urn]').append(instantiate(doc, 'comment-box'));
      return doc;
    },
    expect: {
      composeBox: '.share-creation-state__text-editor .ql-editor',
      altTextButton: '.share-media-alt-text__trigger',
      imageAltField: '#alt-text-input',
      postButton: 'button.share-actions__primary-action',
      replyBox: '.comments-comment-box .ql-editor',
    },
  },
  facebook: {
    compose: () => {
      const doc = loadFixture('facebook');
      const layer = instantiate(doc, 'create-post');
      const photo = instantiate(doc, 'photo');
      q(photo, 'img').setAttribute('src', IMAGE);
      q(layer, '.media-preview').append(photo);
      q(doc, '#dialogs').append(layer);
      return doc;
    },
    altOpen() {
      const doc = this.compose();
      const editor = instantiate(doc, 'alt-editor');
      q(editor, 'img').setAttribute('src', IMAGE);
      q(doc, '#dialogs').append(editor);
      return doc;
    },
    reply: () => {
      const doc = loadFixture('facebook');
      q(doc, '[role="article"]').append(instantiate(doc, 'comment-box'));
      return doc;
    },
    expect: {
      composeBox: '#dialogs [data-lexical-editor]',
      altTextButton: '[data-fixture="edit-photo"]',
      imageAltField: '[aria-label="Edit photo"] textarea',
      postButton: '[role="button"][aria-label="Post"]',
      replyBox: '.comment-composer [data-lexical-editor]',
    },
  },
  threads: {
    compose: () => {
      const doc = loadFixture('threads');
      const layer = instantiate(doc, 'composer');
      const item = instantiate(doc, 'attachment');
      q(item, 'img').setAttribute('src', IMAGE);
      q(layer, '.attachments').append(item);
      q(doc, '#overlays').append(layer);
      return doc;
    },
    altOpen() {
      const doc = this.compose();
      const layer = instantiate(doc, 'alt-editor');
      q(layer, 'img').setAttribute('src', IMAGE);
      q(doc, '#overlays').append(layer);
      return doc;
    },
    reply: () => {
      const doc = loadFixture('threads');
      const layer = instantiate(doc, 'composer');
      const parent = q(doc, '[data-fixture="post"]').cloneNode(true) as Element;
      q(parent, '[data-fixture="reply"]').remove();
      q(layer, '.parent').append(parent);
      q(doc, '#overlays').append(layer);
      return doc;
    },
    expect: {
      composeBox: '[role="dialog"] [data-lexical-editor]',
      altTextButton: '.attachment [data-fixture="alt"]',
      imageAltField: '[aria-labelledby="alt-title"] textarea',
      postButton: '.post-button',
      replyBox: '[role="dialog"] [data-lexical-editor]',
    },
  },
};

/** What the tutor does: the first of the rule's anchors the adapter finds. */
function anchorOf(adapter: SiteAdapter, ruleId: string, doc: Document): { name: ElementName; el: Element } | null {
  for (const name of anchorsOf(rule(ruleId))) {
    const el = adapter.find(name, doc);
    if (el) return { name, el };
  }
  return null;
}

/** Looks in the document and in LinkedIn's shadow root, like the adapter does. */
function expected(doc: Document, selector: string): Element {
  const found = doc.querySelector(selector) ?? doc.querySelector('#interop-outlet')?.shadowRoot?.querySelector(selector);
  if (!found) throw new Error(`fixture state has no ${selector}`);
  return found;
}

const COUNTER_SITES = new Set(['x', 'mastodon', 'bluesky']);

describe.each(SOCIAL.map((a) => [a.id, a] as const))('anchors on the %s fixture', (id, adapter) => {
  const stage = STAGES[id]!;

  it('compose-box tips anchor to the compose box', () => {
    const doc = stage.compose();
    for (const p of COMPOSE_PROBLEMS) {
      const a = anchorOf(adapter, p.rule, doc);
      expect(a?.name, p.rule).toBe('composeBox');
      expect(a?.el, p.rule).toBe(expected(doc, stage.expect.composeBox!));
    }
  });

  it('a missing description anchors to the alt editor: its button, then its field while it is open', () => {
    const closed = stage.compose();
    expect(anchorOf(adapter, 'image-without-alt', closed)).toEqual({ name: 'altTextButton', el: expected(closed, stage.expect.altTextButton!) });
    const open = stage.altOpen();
    expect(anchorOf(adapter, 'image-without-alt', open)).toEqual({ name: 'imageAltField', el: expected(open, stage.expect.imageAltField!) });
  });

  it('the length limit anchors to the character counter where the site shows one, else to the compose box', () => {
    const doc = stage.compose();
    const a = anchorOf(adapter, 'over-length-limit', doc);
    if (COUNTER_SITES.has(id)) expect(a).toEqual({ name: 'charCounter', el: expected(doc, stage.expect.charCounter!) });
    else expect(a).toEqual({ name: 'composeBox', el: expected(doc, stage.expect.composeBox!) });
  });

  it('the pre-election reminder anchors to the post button', () => {
    const doc = stage.compose();
    expect(anchorOf(adapter, 'pre-election-period', doc)).toEqual({ name: 'postButton', el: expected(doc, stage.expect.postButton!) });
  });

  it('the tone reminder anchors to the reply box, and only a reply box counts as one', () => {
    const doc = stage.reply();
    expect(anchorOf(adapter, 'reply-tone', doc)).toEqual({ name: 'replyBox', el: expected(doc, stage.expect.replyBox!) });
    expect(adapter.snapshot(doc, Object.keys(adapter.contexts)[0]!).isReply).toBe(true);
    expect(adapter.find('replyBox', stage.compose())).toBeNull();
  });
});
