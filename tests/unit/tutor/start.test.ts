// @vitest-environment happy-dom
/**
 * The tutor runtime with a fake site, fake overlay and in-memory settings: what shows when, what is logged, and
 * what the learner's choices do. Timing is never asserted: tests wait for the state they expect.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTutor, type Send, type Tutor } from '../../../lib/tutor/start';
import { memorySettings } from '../../../lib/tutor/settings';
import { summarise } from '../../../lib/tutor/summary';
import { defineSite, type DetectedAction, type WatchOptions } from '../../../lib/sites/types';
import { defineRule, type Tip, type TipPack } from '../../../lib/tips/types';
import type { OverlayCallbacks, OverlayState } from '../../../lib/overlay/types';
import type { Detected } from '../../../lib/messaging/outbox';
import type { TutorAssets } from '../../../lib/messaging/protocol';

const tip = (id: string, skill: string): Tip => ({
  id,
  title: `Title of ${id}`,
  body: `Body of ${id}.`,
  skill,
  level: 'beginner',
  source: { name: 'GOV.UK', url: 'https://www.gov.uk/' },
  locale: 'en',
});
const PACK: TipPack = {
  format: 'social-web-tutor.tip-pack',
  version: 1,
  id: 'test',
  name: 'Test',
  locale: 'en',
  tips: [tip('t.bad-word', 'plain-english'), tip('t.alt', 'alt-text'), tip('t.reminder', 'conduct')],
};
const RULES = [
  defineRule({ id: 'bad-word', tip: 't.bad-word', sites: ['x'], contexts: ['x.compose'], when: ({ content }) => content.text.includes('bad'), anchor: 'composeBox' }),
  defineRule({ id: 'alt', tip: 't.alt', sites: ['x'], contexts: ['x.compose'], when: ({ content }) => content.images.some((i) => !i.alt), anchor: 'imageAltField', followedBy: 'social.alt-added', priority: 5 }),
  defineRule({ id: 'reminder', tip: 't.reminder', sites: ['x'], contexts: ['x.compose'], when: ({ content }) => content.text.includes('remind'), anchor: 'composeBox', oncePerPage: true }),
  defineRule({ id: 'elsewhere', tip: 't.bad-word', sites: ['wordpress'], contexts: ['wp.block-editor'], when: () => { throw new Error('must not run'); }, anchor: 'contentArea' }),
];

let emit: ((a: DetectedAction) => void) | undefined;
const adapter = defineSite({
  id: 'x',
  kind: 'x',
  matches: [],
  detect: () => true,
  contexts: {
    'x.compose': { examples: ['https://x.com/compose/post'], test: (url) => url.pathname.startsWith('/compose') },
    'x.home': { examples: ['https://x.com/home'], test: (url) => url.pathname === '/home' },
  },
  find: (name, doc) => (name === 'composeBox' ? doc.querySelector('#box') : name === 'imageAltField' ? doc.querySelector('#alt') : null),
  snapshot: (doc) => ({
    text: (doc.querySelector('#box') as HTMLTextAreaElement | null)?.value ?? '',
    paragraphs: [],
    headings: [],
    images: Array.from(doc.querySelectorAll('img')).map((img) => ({ src: img.getAttribute('src') ?? '', alt: img.getAttribute('alt') })),
    links: [],
  }),
  watch: (o: WatchOptions) => {
    emit = o.emit;
  },
});

interface Harness {
  tutor: Tutor;
  states: OverlayState[];
  last: () => OverlayState;
  callbacks: OverlayCallbacks;
  recorded: Detected[];
  sent: { type: string; payload: unknown }[];
  settings: ReturnType<typeof memorySettings>;
  stop: AbortController;
  path: { value: string };
}

let h: Harness;

interface StartOptions {
  counts?: Record<string, number>;
  settings?: Parameters<typeof memorySettings>[0];
  path?: string;
  assets?: (locale: string) => Promise<TutorAssets>;
  site?: typeof adapter;
  emulate?: Parameters<typeof startTutor>[0]['emulate'];
}

function start(opts: StartOptions = {}): Harness {
  const states: OverlayState[] = [];
  const recorded: Detected[] = [];
  const sent: { type: string; payload: unknown }[] = [];
  const stop = new AbortController();
  const settings = memorySettings(opts.settings);
  const path = { value: opts.path ?? '/compose/post' };
  let callbacks!: OverlayCallbacks;
  const send = (async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    if (type === 'mastery.counts') return opts.counts ?? {};
    return { ok: true };
  }) as Send;
  const assets = opts.assets ?? (async (locale: string): Promise<TutorAssets> => ({ locale, packs: [PACK], strings: { 'overlay.tip': 'Tip' } }));
  const host = document.createElement('social-web-tutor');
  document.documentElement.append(host);
  const tutor = startTutor({
    adapter: opts.site ?? adapter,
    emulate: opts.emulate,
    doc: document,
    url: () => new URL(`https://x.com${path.value}`),
    mount: (cb) => {
      callbacks = cb;
      return { host, render: (s) => states.push(s), destroy: () => host.remove(), hasFocus: () => false };
    },
    send,
    record: (d) => recorded.push(d),
    settings,
    signal: stop.signal,
    rules: RULES,
    assets,
    inputDebounceMs: 10,
  });
  return {
    tutor,
    states,
    last: () => tutor.state,
    get callbacks() {
      return callbacks;
    },
    recorded,
    sent,
    settings,
    stop,
    path,
  };
}

const cardKeys = () => h.tutor.state.tips.filter((x) => x.status === 'card').map((x) => x.key);
const statusOf = (key: string) => h.tutor.state.tips.find((x) => x.key === key)?.status;
const shownEvents = () => h.recorded.filter((d) => d.type === 'tip.shown');

/** The page moves on: a new address and a new composer in place of the old one. */
function newPage(path: string) {
  h.path.value = path;
  document.querySelector('#box')!.replaceWith(Object.assign(document.createElement('textarea'), { id: 'box' }));
}

function type(text: string) {
  const box = document.querySelector('#box') as HTMLTextAreaElement;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  document.body.innerHTML = '<main><textarea id="box"></textarea></main>';
  emit = undefined;
  // A rule that throws is reported with console.warn: none may, and the "elsewhere" rule throws if ever run.
  warn = vi.spyOn(console, 'warn');
});

afterEach(() => {
  expect(warn).not.toHaveBeenCalled();
  h?.stop.abort();
  document.querySelectorAll('social-web-tutor').forEach((e) => e.remove());
});

describe('startTutor', () => {
  it('shows a tip next to its element when its condition holds, and logs it once per page view', async () => {
    h = start();
    await h.tutor.ready;
    expect(h.tutor.state.tips).toEqual([]);
    type('a bad idea');
    await vi.waitFor(() => expect(cardKeys()).toEqual(['bad-word']));
    expect(h.tutor.state.tips[0]!.anchor).toBe(document.querySelector('#box'));
    type('a bad idea, again');
    type('still bad');
    await vi.waitFor(() => expect(h.tutor.state.tips).toHaveLength(1));
    expect(shownEvents()).toHaveLength(1);
    expect(shownEvents()[0]).toMatchObject({ type: 'tip.shown', site: 'x', context: 'x.compose', ref: 't.bad-word', skills: ['plain-english'] });
    expect(shownEvents()[0]!.key).toMatch(/^tip\.shown:.+:t\.bad-word$/);
  });

  it('tells the background what the page is and asks for mastery counts of the skills its tips teach', async () => {
    h = start();
    await h.tutor.ready;
    expect(h.sent).toContainEqual({ type: 'site.recognised', payload: { site: 'x', context: 'x.compose' } });
    expect(h.sent).toContainEqual({ type: 'mastery.counts', payload: { skills: ['alt-text', 'conduct', 'plain-english'] } });
  });

  it('waits for an anchor that appears late, and drops the card when it goes', async () => {
    document.body.insertAdjacentElement('beforeend', Object.assign(document.createElement('img'), { src: 'photo.jpg' }));
    h = start();
    await h.tutor.ready;
    await vi.waitFor(() => expect(statusOf('alt')).toBe('waiting'));
    const alt = Object.assign(document.createElement('textarea'), { id: 'alt' });
    document.body.append(alt);
    await vi.waitFor(() => expect(statusOf('alt')).toBe('card'));
    expect(h.tutor.state.tips.find((x) => x.key === 'alt')!.anchor).toBe(alt);
    alt.remove();
    await vi.waitFor(() => expect(statusOf('alt')).toBe('waiting'));
  });

  it('only runs the rules indexed for this site and screen', async () => {
    h = start({ path: '/home' });
    await h.tutor.ready;
    type('bad');
    await new Promise((r) => setTimeout(r, 50));
    expect(h.tutor.state.tips).toEqual([]);
  });

  it('re-detects the screen on navigation and counts a new page view', async () => {
    h = start({ path: '/home' });
    await h.tutor.ready;
    type('bad');
    h.path.value = '/compose/post';
    h.tutor.navigate();
    await vi.waitFor(() => expect(cardKeys()).toEqual(['bad-word']));
    // Another page: its own composer, where the tip is said again.
    newPage('/compose/post/media');
    type('bad');
    h.tutor.navigate();
    await vi.waitFor(() => expect(shownEvents()).toHaveLength(2));
    expect(new Set(shownEvents().map((e) => e.key)).size).toBe(2);
  });

  it('logs a tip shown once when the address changes around it (the runtime sees it first, the page says so later)', async () => {
    h = start({ path: '/compose/post' });
    await h.tutor.ready;
    type('bad');
    await vi.waitFor(() => expect(cardKeys()).toEqual(['bad-word']));
    // X moves the address while the same composer stays: the runtime notices on the next change…
    h.path.value = '/compose/post/media';
    type('bad still');
    await vi.waitFor(() => expect(h.tutor.state.tips).toHaveLength(1));
    h.tutor.refresh();
    // …and WXT reports the navigation up to a second later.
    h.tutor.navigate();
    h.tutor.navigate();
    expect(cardKeys()).toEqual(['bad-word']);
    expect(shownEvents()).toHaveLength(1);
  });

  it('keeps the screen’s detector through a navigation that stays on the same screen, and lets a pressed post finish', async () => {
    const watched: WatchOptions[] = [];
    const site = { ...adapter, watch: (o: WatchOptions) => void watched.push(o) };
    h = start({ path: '/compose/post', site });
    await h.tutor.ready;
    expect(watched).toHaveLength(1);
    h.path.value = '/compose/post/media';
    h.tutor.navigate();
    expect(watched).toHaveLength(1);
    expect(watched[0]!.signal.aborted).toBe(false);
    // Another screen stops the detector, but not what it had already seen started: confirmed later, it is logged
    // with the screen it was made on.
    h.path.value = '/home';
    h.tutor.navigate();
    expect(watched[0]!.signal.aborted).toBe(true);
    expect(watched[0]!.end?.aborted).toBe(false);
    watched[0]!.emit({ type: 'social.posted', skills: ['social-posting'], key: 'social.posted:x:1' });
    expect(h.recorded.filter((d) => d.type === 'social.posted')).toEqual([expect.objectContaining({ context: 'x.compose' })]);
    h.stop.abort();
    expect(watched[0]!.end?.aborted).toBe(true);
  });

  it('dismisses a tip for this page view and logs it', async () => {
    h = start();
    await h.tutor.ready;
    type('bad');
    await vi.waitFor(() => expect(cardKeys()).toEqual(['bad-word']));
    h.callbacks.dismiss('bad-word');
    expect(statusOf('bad-word')).toBe('dismissed');
    expect(h.recorded.filter((d) => d.type === 'tip.dismissed')).toEqual([
      expect.objectContaining({ ref: 't.bad-word', metrics: { snoozed: false, never: false } }),
    ]);
    type('bad again');
    await new Promise((r) => setTimeout(r, 30));
    expect(statusOf('bad-word')).toBe('dismissed');
    // The address changes around the same composer: still this tip's showing, still dismissed.
    h.path.value = '/compose/post/media';
    h.tutor.navigate();
    expect(statusOf('bad-word')).toBe('dismissed');
    // Another page, another composer: said again.
    newPage('/compose/post/other');
    type('bad');
    h.tutor.navigate();
    expect(statusOf('bad-word')).toBe('card');
  });

  it('snoozes a tip for a day and turns one off for good, through the settings', async () => {
    h = start();
    await h.tutor.ready;
    type('bad remind');
    await vi.waitFor(() => expect(h.tutor.state.tips.map((x) => x.key)).toEqual(['bad-word', 'reminder']));
    h.callbacks.snooze('bad-word');
    h.callbacks.never('reminder');
    const choices = (await h.settings.get()).tipChoices;
    expect(choices['t.bad-word']!.snoozedUntil).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect(choices['t.reminder']).toEqual({ never: true });
    newPage('/compose/post/media');
    type('bad remind');
    h.tutor.navigate();
    expect(statusOf('bad-word')).toBe('snoozed');
    expect(statusOf('reminder')).toBe('never');
    h.callbacks.restore('reminder');
    await vi.waitFor(() => expect(statusOf('reminder')).toBe('card'));
  });

  it('shows one card per element and keeps the rest for the panel', async () => {
    h = start();
    await h.tutor.ready;
    type('bad remind');
    await vi.waitFor(() => expect(h.tutor.state.tips).toHaveLength(2));
    expect(cardKeys()).toEqual(['bad-word']);
    expect(statusOf('reminder')).toBe('quiet');
  });

  it('says a once-per-page reminder once', async () => {
    h = start();
    await h.tutor.ready;
    type('remind');
    await vi.waitFor(() => expect(cardKeys()).toEqual(['reminder']));
    type('nothing');
    await vi.waitFor(() => expect(h.tutor.state.tips).toEqual([]));
    type('remind me');
    await vi.waitFor(() => expect(statusOf('reminder')).toBe('quiet'));
  });

  it('goes quiet for a skill the learner has mastered', async () => {
    h = start({ counts: { 'plain-english': 25 } });
    await h.tutor.ready;
    type('bad');
    await vi.waitFor(() => expect(statusOf('bad-word')).toBe('quiet'));
  });

  it('pauses on this site and when tips are off, and comes back', async () => {
    h = start();
    await h.tutor.ready;
    type('bad');
    await vi.waitFor(() => expect(cardKeys()).toEqual(['bad-word']));
    h.callbacks.pauseSite();
    await vi.waitFor(() => expect(h.tutor.state.paused).toBe('site'));
    expect(statusOf('bad-word')).toBe('paused');
    h.callbacks.resumeSite();
    await vi.waitFor(() => expect(h.tutor.state.paused).toBe(false));
    h.settings.set({ tipLevel: 'off' });
    await vi.waitFor(() => expect(h.tutor.state.paused).toBe('off'));
  });

  it('logs what the site detects and counts a shown tip as followed, once', async () => {
    document.body.insertAdjacentHTML('beforeend', '<img src="photo.jpg"><textarea id="alt"></textarea>');
    h = start();
    await h.tutor.ready;
    await vi.waitFor(() => expect(cardKeys()).toEqual(['alt']));
    emit!({ type: 'social.alt-added', skills: ['alt-text'], key: 'social.alt-added:photo.jpg' });
    emit!({ type: 'social.alt-added', skills: ['alt-text'], key: 'social.alt-added:photo.jpg' });
    expect(h.recorded.filter((d) => d.type === 'social.alt-added')).toHaveLength(2);
    expect(h.recorded.filter((d) => d.type === 'tip.followed')).toEqual([expect.objectContaining({ ref: 't.alt', skills: ['alt-text'] })]);
    expect(h.tutor.counts['alt-text']).toBe(2);
  });

  it('opens the coach panel on its shortcut with check results, and gives focus back on close', async () => {
    h = start();
    await h.tutor.ready;
    const box = document.querySelector('#box') as HTMLTextAreaElement;
    box.focus();
    type('A bad sentence.');
    box.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyK', key: 'K', altKey: true, shiftKey: true, bubbles: true }));
    expect(h.tutor.state.panelOpen).toBe(true);
    // What the panel's check lines are worked out from (the overlay runs lib/tutor/summary on it).
    expect(h.tutor.state.summary).toEqual({ site: 'x', content: expect.objectContaining({ text: 'A bad sentence.' }) });
    expect(summarise(h.tutor.state.summary!.site, h.tutor.state.summary!.content).map((c) => c.id)).toContain('words');
    (document.body.appendChild(document.createElement('button')) as HTMLButtonElement).focus();
    h.callbacks.closePanel();
    expect(h.tutor.state.panelOpen).toBe(false);
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe('A bad sentence.');
  });

  it('ignores other key combinations and keys already handled by the page', async () => {
    h = start();
    await h.tutor.ready;
    const box = document.querySelector('#box')!;
    box.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyK', altKey: true, bubbles: true }));
    box.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyK', altKey: true, shiftKey: true, ctrlKey: true, bubbles: true }));
    expect(h.tutor.state.panelOpen).toBe(false);
  });

  it('stops everything when its signal aborts', async () => {
    h = start();
    await h.tutor.ready;
    h.stop.abort();
    const before = h.states.length;
    type('bad');
    await new Promise((r) => setTimeout(r, 50));
    expect(h.states.length).toBe(before);
    expect(document.querySelector('social-web-tutor')).toBeNull();
  });

  it('runs another site’s rules where a page stands in for it (the workshop sandbox)', async () => {
    const sandbox = { ...adapter, id: 'sandbox', kind: 'sandbox' as const, contexts: { 'sandbox.social-composer': { examples: [], test: () => true } } };
    h = start({ site: sandbox, emulate: (c) => (c === 'sandbox.social-composer' ? { site: 'x', context: 'x.compose' } : undefined) });
    await h.tutor.ready;
    type('bad');
    await vi.waitFor(() => expect(cardKeys()).toEqual(['bad-word']));
    // Logged as what it is: the sandbox.
    expect(shownEvents()[0]).toMatchObject({ site: 'sandbox', context: 'sandbox.social-composer' });
  });

  it('shows nothing until its words arrive, retries, and fetches them again when the language changes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const asked: string[] = [];
      let fail = true;
      h = start({
        assets: async (locale) => {
          asked.push(locale);
          if (fail) throw new Error('background asleep');
          return { locale, packs: [PACK], strings: {} };
        },
      });
      await h.tutor.ready;
      type('bad');
      await vi.advanceTimersByTimeAsync(200);
      expect(h.tutor.state.tips).toEqual([]);
      fail = false;
      await vi.advanceTimersByTimeAsync(600);
      await vi.waitFor(() => expect(cardKeys()).toEqual(['bad-word']));
      h.settings.set({ locale: 'cy' });
      await vi.waitFor(() => expect(asked.at(-1)).toBe('cy'));
      await vi.waitFor(() => expect(h.tutor.state.locale).toBe('cy'));
    } finally {
      vi.useRealTimers();
    }
  });
});
