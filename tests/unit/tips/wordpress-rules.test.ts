// @vitest-environment happy-dom
/**
 * The WordPress tips: each rule wakes on the problem it names and stays quiet on good writing (engine over
 * synthetic snapshots), and on the wp-admin fixtures captured from real WordPress 6.5.5 and 6.7-alpha the rules
 * that should show there do, with their anchor found by the adapter (the pre-publish panel, the media modal's alt
 * field, a pending comment, the admin menu).
 */
import { describe, expect, it, vi } from 'vitest';
import { createEngine, anchorsOf } from '../../../lib/tips/engine';
import { RULES } from '../../../lib/tips/rules';
import type { RuleContext } from '../../../lib/tips/types';
import type { ContentSnapshot } from '../../../lib/sites/types';
import wordpress from '../../../lib/sites/wordpress';
import { contextOf } from '../../../lib/sites/types';
import { isVagueTitle } from '../../../lib/tips/rules/post-title-vague';
import { inPreElectionPeriod } from '../../../lib/tips/rules/pre-publish-check-election';
import { loadWp } from '../sites/wordpress-helpers';

vi.setConfig({ testTimeout: 20_000 });
const engine = createEngine(RULES);

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');
/** n short sentences of 10 words: long text with no long sentence. */
const sentences = (n: number) => Array.from({ length: n }, () => 'The park opens at nine and closes at six today.').join(' ');

function snap(over: Partial<ContentSnapshot> = {}): ContentSnapshot {
  const paragraphs = over.paragraphs ?? ['Volunteers planted trees in the park on Saturday.'];
  return { title: 'Volunteers plant 200 trees in Bute Park', text: paragraphs.join('\n\n'), paragraphs, headings: [], images: [], links: [], ...over };
}

function fired(content: ContentSnapshot, context = 'wp.block-editor', more: Partial<RuleContext> = {}): string[] {
  return engine
    .evaluate({ site: 'wordpress', context, content, now: new Date(2026, 10, 28, 12), practised: () => 0, ...more })
    .map((m) => m.rule.id);
}

describe('WordPress rules on snapshots', () => {
  it('a good post wakes none of them', () => {
    const wpRules = ['post-title-missing', 'post-title-vague', 'long-paragraph', 'no-subheadings', 'skipped-heading-level', 'post-uncategorized'];
    const got = fired(snap({ categories: ['Parks'], headings: [{ level: 2, text: 'What happened' }] }));
    expect(got.filter((id) => wpRules.includes(id))).toEqual([]);
  });

  it('post-title-missing: words and no title, until published', () => {
    expect(fired(snap({ title: '' }))).toContain('post-title-missing');
    expect(fired(snap({ title: '   ' }), 'wp.classic-editor')).toContain('post-title-missing');
    expect(fired(snap({ title: '', extra: { published: true } }))).not.toContain('post-title-missing');
    // An empty new post: nothing to say yet.
    expect(fired(snap({ title: '', paragraphs: [] }))).not.toContain('post-title-missing');
  });

  it('post-title-vague: "Update", "News 3", one word; not a real title', () => {
    for (const t of ['Update', 'News 3', 'Latest news!', 'Untitled', 'Parks']) expect(isVagueTitle(t), t).toBe(true);
    for (const t of ['Volunteers plant 200 trees in Bute Park', 'Bin collections change from 3 March']) expect(isVagueTitle(t), t).toBe(false);
    expect(fired(snap({ title: 'Update' }))).toContain('post-title-vague');
    expect(fired(snap({ title: 'Update', paragraphs: [] }))).not.toContain('post-title-vague');
  });

  it('long-paragraph: over 150 words in one paragraph', () => {
    expect(fired(snap({ paragraphs: [sentences(16)] }))).toContain('long-paragraph');
    expect(fired(snap({ paragraphs: [sentences(14), sentences(14)] }))).not.toContain('long-paragraph');
  });

  it('no-subheadings: over 300 words and no heading', () => {
    const long = Array.from({ length: 4 }, () => sentences(8));
    expect(fired(snap({ paragraphs: long }))).toContain('no-subheadings');
    expect(fired(snap({ paragraphs: long, headings: [{ level: 2, text: 'Opening times' }] }))).not.toContain('no-subheadings');
    expect(fired(snap({ paragraphs: [sentences(20)] }))).not.toContain('no-subheadings');
  });

  it('skipped-heading-level: an h4 after an h2, or an h3 first under the h1 title', () => {
    expect(fired(snap({ headings: [{ level: 2, text: 'A' }, { level: 4, text: 'B' }] }))).toContain('skipped-heading-level');
    expect(fired(snap({ headings: [{ level: 3, text: 'A' }] }))).toContain('skipped-heading-level');
    expect(fired(snap({ headings: [{ level: 2, text: 'A' }, { level: 3, text: 'B' }, { level: 2, text: 'C' }] }))).not.toContain('skipped-heading-level');
  });

  it('post-uncategorized: only "Uncategorized" (or none) ticked; silent when the categories are not shown', () => {
    expect(fired(snap({ categories: ['Uncategorized'] }))).toContain('post-uncategorized');
    expect(fired(snap({ categories: [] }))).toContain('post-uncategorized');
    expect(fired(snap({ categories: ['Uncategorised', 'Parks'] }))).not.toContain('post-uncategorized');
    expect(fired(snap())).not.toContain('post-uncategorized');
  });

  it('post-uncategorized waits for a post: not on an empty new post, nor for a title alone', () => {
    const empty = snap({ title: '', paragraphs: [], categories: ['Uncategorized'] });
    expect(fired(empty)).not.toContain('post-uncategorized');
    expect(fired(empty, 'wp.classic-editor')).not.toContain('post-uncategorized');
    expect(fired({ ...empty, title: 'Library opens earlier' })).not.toContain('post-uncategorized');
    // Words or an image in the body, or the pre-publish panel open: now it is worth filing.
    expect(fired({ ...empty, images: [{ alt: 'Library entrance', src: 'http://127.0.0.1/a.png' }] })).toContain('post-uncategorized');
    expect(fired({ ...empty, extra: { prePublishOpen: true } })).toContain('post-uncategorized');
  });

  it('post-uncategorized trusts the adapter on which category is the default (term id, the admin’s language)', () => {
    expect(fired(snap({ categories: ['Heb Gategori'], extra: { uncategorized: true } }))).toContain('post-uncategorized');
    expect(fired(snap({ categories: ['Heb Gategori'] }))).not.toContain('post-uncategorized');
    expect(fired(snap({ categories: ['Uncategorized', 'Parks'], extra: { uncategorized: false } }))).not.toContain('post-uncategorized');
  });

  it('pre-publish check: the plain version, or the election version inside the dates the learner set', () => {
    const period = { start: '2026-11-01', end: '2026-12-05' };
    expect(inPreElectionPeriod(period, new Date(2026, 10, 28))).toBe(true);
    expect(inPreElectionPeriod(period, new Date(2026, 11, 5, 23, 59))).toBe(true);
    expect(inPreElectionPeriod(period, new Date(2026, 11, 6))).toBe(false);
    expect(inPreElectionPeriod(undefined, new Date())).toBe(false);
    const plain = fired(snap());
    expect(plain).toContain('pre-publish-check');
    expect(plain).not.toContain('pre-publish-check-election');
    const election = fired(snap(), 'wp.block-editor', { preElection: period });
    expect(election).toContain('pre-publish-check-election');
    expect(election).not.toContain('pre-publish-check');
    expect(fired(snap({ title: '', paragraphs: [] }))).not.toContain('pre-publish-check');
  });

  it('the generic alt-text and link rules apply in the WordPress editors', () => {
    const img = (alt: string | null) => snap({ images: [{ alt, src: 'http://127.0.0.1/wp-content/uploads/2026/11/IMG_2041.jpg' }] });
    for (const context of ['wp.block-editor', 'wp.classic-editor']) {
      expect(fired(img(null), context)).toContain('image-without-alt');
      expect(fired(img('IMG_2041.jpg'), context)).toContain('alt-is-file-name');
      expect(fired(img('Image of volunteers planting trees'), context)).toContain('alt-starts-image-of');
      expect(fired(img('Volunteers planting trees'), context).filter((id) => id.startsWith('alt'))).toEqual([]);
      expect(fired(snap({ links: [{ text: 'click here', href: 'https://example.gov.uk/parks' }] }), context)).toContain('vague-link-text');
      expect(fired(snap({ links: [{ text: 'https://example.gov.uk/parks', href: 'https://example.gov.uk/parks' }] }), context)).toContain('url-as-link-text');
    }
    expect(fired(img(null), 'wp.media')).toContain('image-without-alt');
  });

  it('comments: moderation and reply-promptly while comments wait; dashboard orientation until the first post', () => {
    const waiting = snap({ title: undefined, paragraphs: [], extra: { pendingComments: 2 } });
    expect(fired(waiting, 'wp.comments')).toEqual(expect.arrayContaining(['comment-moderation', 'comment-reply-promptly']));
    const none = snap({ title: undefined, paragraphs: [], extra: { pendingComments: 0 } });
    expect(fired(none, 'wp.comments')).not.toContain('comment-moderation');
    expect(fired(none, 'wp.comments')).not.toContain('comment-reply-promptly');
    expect(fired(none, 'wp.dashboard')).toContain('dashboard-first-visit');
    expect(fired(none, 'wp.dashboard', { practised: (s) => (s === 'publishing' ? 1 : 0) })).not.toContain('dashboard-first-visit');
  });
});

/** Loads a fixture, works out its screen as the runtime does, and returns which rules fire with their anchor found. */
function onFixture(version: string, name: string): { context: string; anchored: Map<string, Element | null> } {
  const doc = loadWp(`wordpress/${version}`, name);
  const context = contextOf(wordpress, new URL(doc.URL), doc);
  if (!context) throw new Error(`${name}: no context`);
  const content = wordpress.snapshot(doc, context);
  const anchored = new Map<string, Element | null>();
  for (const { rule } of engine.evaluate({ site: 'wordpress', context, content, now: new Date(), practised: () => 0 })) {
    let el: Element | null = null;
    for (const a of anchorsOf(rule)) if ((el = wordpress.find(a, doc))) break;
    anchored.set(rule.id, el);
  }
  return { context, anchored };
}

describe.each(['6.5', '6.7'])('WordPress %s fixtures', (version) => {
  it('pre-publish panel open: the pre-publish check anchors to it', () => {
    const { context, anchored } = onFixture(version, 'block-editor-prepublish');
    expect(context).toBe('wp.block-editor');
    expect(anchored.get('pre-publish-check')?.matches('.editor-post-publish-panel__prepublish')).toBe(true);
  });

  it('new post: no pre-publish check yet (its panel is not open), nothing about the empty post', () => {
    const { anchored } = onFixture(version, 'block-editor-new');
    expect(anchored.get('pre-publish-check') ?? null).toBeNull();
    expect(anchored.has('post-title-missing')).toBe(false);
  });

  it('classic editor, empty new post: no "Uncategorized" tip until something is written, then at the Categories box', () => {
    // The classic editor shows its category checklist on every new post, so this is where an early tip would show.
    const empty = onFixture(version, 'classic-editor');
    expect(empty.context).toBe('wp.classic-editor');
    expect(wordpress.snapshot(document, 'wp.classic-editor').categories).toEqual([]);
    expect(empty.anchored.has('post-uncategorized')).toBe(false);
    const body = document.querySelector<HTMLIFrameElement>('iframe#content_ifr')!.contentDocument!.body;
    const p = body.ownerDocument.createElement('p');
    p.textContent = 'The central library opens at 8am from 1 March.';
    body.replaceChildren(p);
    const content = wordpress.snapshot(document, 'wp.classic-editor');
    const ids = engine.evaluate({ site: 'wordpress', context: 'wp.classic-editor', content, now: new Date(), practised: () => 0 }).map((m) => m.rule.id);
    expect(ids).toContain('post-uncategorized');
    expect(wordpress.find('categoriesPanel', document)?.id).toBe('categorydiv');
  });

  it('media modal: an image without alt text anchors to the modal’s alt field', () => {
    const { anchored } = onFixture(version, 'media-modal');
    const el = anchored.get('image-without-alt');
    expect(el, 'image-without-alt fires').toBeDefined();
    expect(el?.matches('#attachment-details-alt-text, #attachment-details-two-column-alt-text')).toBe(true);
  });

  it('comments: the moderation tip anchors to a pending comment, reply-promptly to the list', () => {
    const { context, anchored } = onFixture(version, 'comments');
    expect(context).toBe('wp.comments');
    expect(anchored.get('comment-moderation')?.classList.contains('unapproved')).toBe(true);
    expect(anchored.get('comment-reply-promptly')?.id).toBe('the-comment-list');
  });

  it('dashboard: where things are, at the admin menu', () => {
    const { context, anchored } = onFixture(version, 'dashboard');
    expect(context).toBe('wp.dashboard');
    expect(anchored.get('dashboard-first-visit')?.id).toBe('adminmenu');
  });
});
