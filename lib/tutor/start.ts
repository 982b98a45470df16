/**
 * The tutor runtime: ties a site adapter, the rule engine, the learner's settings and mastery, the overlay and
 * the practice outbox together on one page. Used by every content script and by the workshop sandbox page.
 *
 *   page changes ──▶ coalesced observer (per frame) ─┐
 *   typing ────────▶ input events (debounced) ───────┼─▶ run(): context → rules for it → snapshot → conditions
 *   SPA navigation ▶ navigate() ─────────────────────┘        → learner choices + mastery → anchors → overlay
 *
 * It never writes to the host page: it reads through the adapter, draws in its own shadow root (through `mount`)
 * and moves focus only when the learner asks (opening and closing the coach panel).
 */
import type { ActionType, SiteKind } from '../practice/schema';
import type { Detected } from '../messaging/outbox';
import type { MessageName, RequestOf, ResponseOf, TutorAssets } from '../messaging/protocol';
import { contextOf, type ContentSnapshot, type DetectedAction, type ElementName, type SiteAdapter } from '../sites/types';
import type { TipRule } from '../tips/types';
import { anchorsOf, createEngine, type Engine } from '../tips/engine';
import { RULES } from '../tips/rules';
import { buildTipTable, type TipTable } from '../tips/packs/resolve';
import { shouldShow } from '../mastery';
import { observeDeep } from '../dom/observe';
import { deepActiveElement, yieldToMain } from '../dom/frames';
import { saveFocus, type SavedFocus } from '../dom/focus';
import { measure, timed } from '../dom/timing';
import { isPanelShortcut, shortcutLabel } from '../overlay/shortcut';
import type { MountOverlay, OverlayCallbacks, OverlayState, OverlayTip, OverlayView, TipStatus } from '../overlay/types';
import type { TutorSettings, TutorSettingsValues } from './settings';

/** The typed message sender (lib/messaging/client's `send`, or the workshop's). */
export type Send = <K extends MessageName>(type: K, payload: RequestOf<K>) => Promise<ResponseOf<K>>;

export interface StartTutorOptions {
  adapter: SiteAdapter;
  /** Draws the overlay (a shadow-root UI in content scripts). Called once, at start. */
  mount: MountOverlay;
  /** Asks the background for mastery counts and tells it what the page is. */
  send: Send;
  /**
   * Hands a practice action to the outbox (lib/messaging/outbox `record`: it adds id, host and, if allowed, path;
   * stores once per key; retries until acknowledged). Tip events and the adapter's detected actions go here.
   */
  record: (action: Detected) => unknown;
  /** Also told about every action the adapter detects (the workshop's lessons complete steps from them). */
  onDetected?: (action: DetectedAction) => void;
  settings: TutorSettings;
  /** Ends everything: listeners, observers, the overlay. */
  signal: AbortSignal;
  /** The page. Default: `document`. */
  doc?: Document;
  /** The page's URL. Default: the document's location (the sandbox may route by hash). */
  url?: () => URL;
  /** Rules to index. Default: every rule in lib/tips/rules. */
  rules?: readonly TipRule[];
  /**
   * The packs and UI strings for a language. Default: ask the background (`tips.assets`), which holds the
   * built-in and imported packs and the catalogues; the workshop page computes them itself (lib/tutor/assets).
   */
  assets?: (locale: string) => Promise<TutorAssets>;
  /**
   * Whose rules apply, when it differs from the adapter's own kind: the sandbox's post editor runs the WordPress
   * rules (`{ site: 'wordpress', context: 'wp.block-editor' }`). Default: the adapter's kind and detected context.
   */
  emulate?: (context: string) => { site: SiteKind; context: string } | undefined;
  /** Tell the background what this page is (`site.recognised`, for the popup). Default true; off in the sandbox. */
  announceSite?: boolean;
  /** Quiet period after typing before the rules run again, ms. Default 150. */
  inputDebounceMs?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** A new id per page view (random UUID by default). */
  newId?: () => string;
}

export interface Tutor {
  /** The page changed without a reload (`wxt:locationchange`): a new page view; re-detect and re-run. */
  navigate(): void;
  /** Run the rules now (also what every trigger ends up calling). */
  refresh(): void;
  /** What the overlay shows now. */
  readonly state: OverlayState;
  /** Resolves once settings, packs and mastery counts are loaded and the first run is done. */
  readonly ready: Promise<void>;
  /** Practice counts per skill as the tutor knows them (from the log, plus what this page detected). */
  readonly counts: Readonly<Record<string, number>>;
}

/** At most this many cards at once: more would bury the page. The rest wait in the coach panel. */
export const MAX_CARDS = 2;
const DAY_MS = 24 * 60 * 60 * 1000;
const PAUSED_UNTIL_RESUMED = Number.MAX_SAFE_INTEGER;

const CONTEXT_RE = /^[a-z][a-z0-9.-]{0,59}$/;

function followedTypes(rule: TipRule): readonly ActionType[] {
  if (!rule.followedBy) return [];
  return typeof rule.followedBy === 'string' ? [rule.followedBy] : rule.followedBy;
}

export async function startTutorAsync(o: StartTutorOptions): Promise<Tutor> {
  const t = startTutor(o);
  await t.ready;
  return t;
}

export function startTutor(o: StartTutorOptions): Tutor {
  const doc = o.doc ?? document;
  const win = doc.defaultView ?? window;
  const { adapter, signal } = o;
  const now = o.now ?? Date.now;
  const newId = o.newId ?? (() => crypto.randomUUID());
  const getUrl = o.url ?? (() => new URL(doc.location.href));
  const debounceMs = o.inputDebounceMs ?? 150;
  const announce = o.announceSite !== false;

  const engine: Engine = measure('boot', () =>
    createEngine(o.rules ?? RULES, {
      onRuleError: (rule, e) => console.warn(`[Social Web Tutor] rule ${rule.id} failed:`, e),
    }),
  );
  const loadAssets = o.assets ?? ((locale: string) => o.send('tips.assets', { locale }));

  let settings: TutorSettingsValues | undefined;
  let tips: TipTable = buildTipTable({ builtin: [], locale: 'en' });
  let assets: TutorAssets | undefined;
  let assetsSeq = 0;
  const countedSkills = new Set<string>();
  let assetsRetry: ReturnType<typeof setTimeout> | undefined;
  let counts: Record<string, number> = {};
  let view: OverlayView | undefined;
  let started = false;

  // Per page view (reset when the address changes: newPageView).
  let viewHref = getUrl().href;
  let pageId = newId();
  let shown = new Set<string>();
  let dismissed = new Set<string>();
  let followed = new Set<string>();
  let visibleNow = new Set<string>();

  let context: string | undefined;
  let watchStop: AbortController | undefined;
  let panelOpen = false;
  let savedFocus: SavedFocus | undefined;
  let lastHostFocus: WeakRef<Element> | undefined;
  let lastSignature = '';
  let state: OverlayState = { tips: [], panelOpen: false, paused: false, locale: 'en', strings: {}, shortcutLabel: shortcutLabel() };

  const host = () => doc.location?.host || 'unknown';

  /**
   * (Re)loads packs and strings for the learner's language. Until they arrive (or if the background cannot be
   * reached) there is nothing to say, so no tips show; a failed load is retried with a growing delay.
   */
  const fetchAssets = (attempt = 0): Promise<void> => {
    if (!settings || signal.aborted) return Promise.resolve();
    const locale = settings.locale;
    const seq = attempt === 0 ? ++assetsSeq : assetsSeq;
    clearTimeout(assetsRetry);
    return loadAssets(locale).then(
      (a) => {
        if (signal.aborted || seq !== assetsSeq) return;
        assets = a;
        tips = buildTipTable({ builtin: a.packs, locale: a.locale });
        schedule('now');
        return fetchCounts();
      },
      () => {
        if (signal.aborted || seq !== assetsSeq || attempt >= 6) return;
        assetsRetry = setTimeout(() => fetchAssets(attempt + 1), 500 * 2 ** attempt);
      },
    );
  };

  /**
   * Mastery counts for the skills the rules teach, asked once per skill. Without them (background asleep, first
   * run) every tip counts as new, which is the safe default.
   */
  const fetchCounts = (): Promise<void> => {
    const skills = [...new Set(engine.rules.map((r) => tips.get(r.tip)?.skill).filter((x): x is string => !!x && !countedSkills.has(x)))].sort();
    if (!skills.length) return Promise.resolve();
    for (const sk of skills) countedSkills.add(sk);
    return o.send('mastery.counts', { skills }).then(
      (c) => {
        for (const [k, n] of Object.entries(c)) counts[k] = Math.max(counts[k] ?? 0, n);
        schedule('now');
      },
      () => {
        for (const sk of skills) countedSkills.delete(sk);
      },
    );
  };

  // ── Logging ──

  /** `at`: the screen the action was made on (a detector's action can be confirmed after the screen changed). */
  const log = (type: ActionType, key: string, extra: Pick<Detected, 'skills' | 'metrics' | 'ref'>, at = context) => {
    const detected: Detected = {
      type,
      site: adapter.kind,
      context: at && CONTEXT_RE.test(at) ? at : 'unknown',
      key: key.slice(0, 200),
      time: now(),
      ...extra,
    };
    try {
      // The outbox queues, retries and acknowledges; a failure there must not break the page's tips.
      void Promise.resolve(o.record(detected)).catch(() => undefined);
    } catch {
      // A synchronous throw is the same failure.
    }
  };

  const tipEvent = (type: 'tip.shown' | 'tip.dismissed' | 'tip.followed', tipId: string, skill: string, metrics: Record<string, boolean | number> = {}) =>
    log(type, `${type}:${pageId}:${tipId}`, { skills: [skill], ref: tipId, metrics });

  const onDetected = (a: DetectedAction, at = context) => {
    log(a.type, a.key, { skills: a.skills.slice(0, 20), metrics: a.metrics ?? {} }, at);
    try {
      o.onDetected?.(a);
    } catch {
      // The caller's listener (the workshop's lessons) must not stop the tutor.
    }
    for (const s of a.skills) counts[s] = (counts[s] ?? 0) + 1;
    // A tip shown on this page whose advice this action carries out was followed.
    for (const rule of engine.rules) {
      if (!shown.has(rule.id) || !followedTypes(rule).includes(a.type)) continue;
      const tip = tips.get(rule.tip);
      if (!tip || followed.has(tip.id)) continue;
      followed.add(tip.id);
      tipEvent('tip.followed', tip.id, tip.skill);
    }
    schedule('now');
  };

  // ── Deciding ──

  const pausedNow = (): OverlayState['paused'] => {
    if (!settings) return false;
    if (settings.tipLevel === 'off') return 'off';
    const t = now();
    if ((settings.pausedHosts[host()] ?? 0) > t) return 'site';
    if (settings.pausedUntil > t) return 'global';
    return false;
  };

  const setContext = (next: string | undefined) => {
    if (next === context) return;
    // Stop the old screen's detector before the context moves on. What it had already seen started (a post pressed
    // in the second the address changes) it may still confirm until the tutor ends (`end`); whenever it does, the
    // action is logged with the screen it was made on, not the next one or none.
    watchStop?.abort();
    watchStop = undefined;
    context = next;
    if (next && adapter.watch) {
      watchStop = new AbortController();
      const stopWith = AbortSignal.any ? AbortSignal.any([signal, watchStop.signal]) : watchStop.signal;
      try {
        adapter.watch({ doc, context: next, signal: stopWith, end: signal, emit: timed('detector', (a: DetectedAction) => onDetected(a, next)) });
      } catch {
        // A detector that fails leaves the tips working.
      }
    }
    if (announce) o.send('site.recognised', { site: adapter.id, context: next ?? null }).catch(() => undefined);
  };

  /**
   * The address changed: a new page view, with tips that may be said again. But a tip whose card (or dismissal)
   * sits on an element still in the page is the same showing, not a new one: single-page sites change the address
   * around what stays on screen (X opens its reply dialog at /compose/post), so it is not logged as shown again
   * and a dismissal of it stands. The detector is left alone: the screen's context decides that (setContext).
   */
  const newPageView = (href: string) => {
    viewHref = href;
    const stays = state.tips.filter((x) => x.anchor?.isConnected && (x.status === 'card' || x.status === 'dismissed'));
    const keys = new Set(stays.map((x) => x.key));
    const tipIds = new Set(stays.map((x) => x.tip.id));
    shown = new Set([...shown].filter((k) => keys.has(k)));
    dismissed = new Set([...dismissed].filter((k) => keys.has(k)));
    visibleNow = new Set([...visibleNow].filter((k) => keys.has(k)));
    followed = new Set([...followed].filter((id) => tipIds.has(id)));
    pageId = newId();
  };

  const anchorIds = new WeakMap<Element, number>();
  let nextAnchorId = 1;
  const idOf = (el: Element | null) => {
    if (!el) return 0;
    let id = anchorIds.get(el);
    if (!id) anchorIds.set(el, (id = nextAnchorId++));
    return id;
  };

  const run = () => {
    if (!started || signal.aborted || !settings || !assets) return;
    const url = getUrl();
    // The address can change before the page says so (WXT reports it up to a second later): a new page view now.
    if (url.href !== viewHref) newPageView(url.href);
    setContext(contextOf(adapter, url, doc));
    const emulated = context ? o.emulate?.(context) : undefined;
    const site = emulated?.site ?? adapter.kind;
    const ruleContext = emulated?.context ?? context;
    const paused = pausedNow();
    const rules = ruleContext ? engine.rulesFor(site, ruleContext) : [];

    const list: OverlayTip[] = [];
    let content: ContentSnapshot | undefined;
    if (context && ruleContext && (rules.length > 0 || panelOpen)) {
      try {
        content = adapter.snapshot(doc, context);
      } catch {
        content = undefined;
      }
    }
    if (content && ruleContext && rules.length > 0) {
      const t = now();
      const matches = engine.evaluate({
        site,
        context: ruleContext,
        content,
        preElection: settings.preElection ?? undefined,
        now: new Date(t),
        practised: (skill) => counts[skill] ?? 0,
      });
      const found = new Map<ElementName, Element | null>();
      const find = (name: ElementName) => {
        if (!found.has(name)) {
          let el: Element | null = null;
          try {
            el = adapter.find(name, doc);
          } catch {
            el = null;
          }
          found.set(name, el);
        }
        return found.get(name)!;
      };
      const cardsOn = new Set<Element>();
      let cards = 0;
      for (const { rule } of matches) {
        const tip = tips.get(rule.tip);
        if (!tip) continue;
        const choice = settings.tipChoices[tip.id];
        let anchor: Element | null = null;
        for (const name of anchorsOf(rule)) if ((anchor = find(name))) break;
        let status: TipStatus;
        if (choice?.never) status = 'never';
        else if ((choice?.snoozedUntil ?? 0) > t) status = 'snoozed';
        else if (dismissed.has(rule.id)) status = 'dismissed';
        else if (paused) status = 'paused';
        else if (!anchor) status = 'waiting';
        else if (
          !shouldShow({
            tipId: tip.id,
            count: counts[tip.skill] ?? 0,
            amount: settings.tipLevel,
            pageSeed: pageId,
            shownOnThisPage: shown.has(rule.id) && !visibleNow.has(rule.id),
            rulePerPage: rule.oncePerPage,
          })
        )
          status = 'quiet';
        // One card per element, and only a couple at once; the others wait their turn in the panel.
        else if (cardsOn.has(anchor) || cards >= MAX_CARDS) status = 'quiet';
        else {
          status = 'card';
          cardsOn.add(anchor);
          cards++;
        }
        list.push({ key: rule.id, tip, anchor, status });
      }
    }

    const nextVisible = new Set(list.filter((x) => x.status === 'card').map((x) => x.key));
    for (const x of list) {
      if (x.status !== 'card' || shown.has(x.key)) continue;
      shown.add(x.key);
      tipEvent('tip.shown', x.tip.id, x.tip.skill);
    }
    visibleNow = nextVisible;

    // The panel's check lines are worked out by the overlay (lib/tutor/summary), which is loaded by then.
    const summary = panelOpen && content ? { site, content } : undefined;
    const label = context ? adapter.contextLabels?.[context] : undefined;
    const next: OverlayState = {
      tips: list,
      summary,
      panelOpen,
      paused,
      locale: assets.locale,
      strings: assets.strings,
      contextLabel: label,
      shortcutLabel: shortcutLabel(),
    };
    const signature = JSON.stringify([
      list.map((x) => [x.key, x.tip.id, x.tip.title, x.tip.body, x.status, idOf(x.anchor)]),
      summary && [summary.site, summary.content],
      panelOpen,
      paused,
      assets.locale,
      label,
    ]);
    state = next;
    if (signature !== lastSignature) {
      lastSignature = signature;
      view?.render(next);
    }
  };

  // ── Scheduling ──
  //
  // Page changes arrive at most once per frame (the coalesced observer). The rules then run at once as long as
  // our work stays within budget: a token bucket that refills at 10 ms per second (issue 4: ≤ 1 % of the main
  // thread) and holds up to 30 ms, so a quiet page's occasional bursts (a dialog opening, a late anchor) run in the
  // same frame, while a busy page (a feed adding posts all the time) drains it and then gets one run whenever
  // the bucket is back above empty (at most 2 s apart), whatever the site costs to read.
  // Typing is different: the learner is waiting for it, so it runs after a short quiet period (debounce), never
  // more than a second late while they keep typing; it draws on the same bucket but never waits for it.

  const REFILL_PER_MS = 10 / 1000;
  const CAPACITY_MS = 30;
  const MAX_WAIT_MS = 2000;
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let pageTimer: ReturnType<typeof setTimeout> | undefined;
  let firstDebounced = 0;
  let credit = CAPACITY_MS;
  let refilledAt = performance.now();
  const refill = () => {
    const t = performance.now();
    credit = Math.min(CAPACITY_MS, credit + (t - refilledAt) * REFILL_PER_MS);
    refilledAt = t;
  };
  const runTimed = () => {
    const t0 = performance.now();
    measure('engine', run);
    refill();
    credit -= performance.now() - t0;
  };
  /** How long a page-change run must wait to keep our work within budget (0: run now). */
  const budgetWait = (): number => {
    refill();
    return credit > 0 ? 0 : Math.min(MAX_WAIT_MS, -credit / REFILL_PER_MS + 1);
  };
  const schedule = (how: 'now' | 'page' | 'typing') => {
    if (signal.aborted) return;
    if (how === 'now') {
      clearTimeout(pageTimer);
      pageTimer = undefined;
      runTimed();
      return;
    }
    if (how === 'page') {
      if (pageTimer) return;
      const wait = budgetWait();
      if (wait <= 0) runTimed();
      else
        pageTimer = setTimeout(() => {
          pageTimer = undefined;
          runTimed();
        }, wait);
      return;
    }
    const t = now();
    if (!debounceTimer) firstDebounced = t;
    clearTimeout(debounceTimer);
    const wait = t - firstDebounced > 1000 ? 0 : debounceMs;
    debounceTimer = setTimeout(() => {
      debounceTimer = undefined;
      runTimed();
    }, wait);
  };

  // ── Learner actions from the overlay ──

  const findTip = (key: string) => state.tips.find((x) => x.key === key);
  const giveFocusBack = () => {
    const el = lastHostFocus?.deref();
    if (el?.isConnected && typeof (el as HTMLElement).focus === 'function') (el as HTMLElement).focus({ preventScroll: true });
  };
  const callbacks: OverlayCallbacks = {
    dismiss(key) {
      const x = findTip(key);
      if (!x) return;
      const hadFocus = view?.hasFocus?.() ?? false;
      dismissed.add(key);
      tipEvent('tip.dismissed', x.tip.id, x.tip.skill, { snoozed: false, never: false });
      runTimed();
      if (hadFocus && !panelOpen) giveFocusBack();
    },
    snooze(key) {
      const x = findTip(key);
      if (!x) return;
      const hadFocus = view?.hasFocus?.() ?? false;
      dismissed.add(key);
      tipEvent('tip.dismissed', x.tip.id, x.tip.skill, { snoozed: true, never: false });
      void o.settings.setTipChoice(x.tip.id, { snoozedUntil: now() + DAY_MS });
      runTimed();
      if (hadFocus && !panelOpen) giveFocusBack();
    },
    never(key) {
      const x = findTip(key);
      if (!x) return;
      const hadFocus = view?.hasFocus?.() ?? false;
      dismissed.add(key);
      tipEvent('tip.dismissed', x.tip.id, x.tip.skill, { snoozed: false, never: true });
      void o.settings.setTipChoice(x.tip.id, { never: true });
      runTimed();
      if (hadFocus && !panelOpen) giveFocusBack();
    },
    restore(key) {
      const x = findTip(key);
      if (!x) return;
      dismissed.delete(key);
      void o.settings.setTipChoice(x.tip.id, null);
      runTimed();
    },
    openPanel() {
      if (panelOpen) return;
      savedFocus = saveFocus(doc);
      panelOpen = true;
      runTimed();
    },
    closePanel() {
      if (!panelOpen) return;
      panelOpen = false;
      runTimed();
      const saved = savedFocus;
      savedFocus = undefined;
      saved?.restore();
    },
    pauseSite() {
      void o.settings.setHostPause(host(), PAUSED_UNTIL_RESUMED);
    },
    resumeSite() {
      void o.settings.setHostPause(host(), null);
    },
  };

  // ── Wiring ──

  const listen = (target: Document) => {
    const opts = { capture: true, passive: true, signal } as const;
    target.addEventListener('input', timed('input', () => schedule('typing')), opts);
    target.addEventListener(
      'focusin',
      timed('focus', (e: Event) => {
        const el = deepActiveElement(doc) ?? (e.target as Element | null);
        // Focus inside our own shadow root shows as the host element at document level: not the learner's page.
        const ours = !!view?.host && (doc.activeElement === view.host || el === view.host);
        if (el && !ours) lastHostFocus = new WeakRef(el);
        schedule('typing');
      }),
      opts,
    );
    target.addEventListener(
      'keydown',
      timed('keydown', (e: Event) => {
        const k = e as KeyboardEvent;
        if (k.defaultPrevented || !isPanelShortcut(k)) return;
        k.preventDefault();
        k.stopPropagation();
        if (panelOpen) callbacks.closePanel();
        else callbacks.openPanel();
      }),
      { capture: true, signal },
    );
  };

  /** The first look, as two slices: what the learner is writing, then the elements the rules anchor to. */
  const firstLook = (part: 'snapshot' | 'anchors') => {
    try {
      const ctx = contextOf(adapter, getUrl(), doc);
      if (!ctx) return;
      if (part === 'snapshot') return void adapter.snapshot(doc, ctx);
      const emulated = o.emulate?.(ctx);
      for (const rule of engine.rulesFor(emulated?.site ?? adapter.kind, emulated?.context ?? ctx)) for (const name of anchorsOf(rule)) adapter.find(name, doc);
    } catch {
      // Only a head start: the run does it properly.
    }
  };

  // Start-up, in short synchronous steps between the awaits, each timed under "boot" (issue 4: ≤ 20 ms of
  // main-thread work in all, none of it a long task).
  const ready = (async () => {
    const values = await o.settings.get();
    if (signal.aborted) return;
    const firstAssets = measure('boot', () => {
      settings = values;
      const first = fetchAssets();
      const stopWatch = o.settings.watch((v) => {
        const assetsChanged = v.locale !== settings?.locale || JSON.stringify(v.packs) !== JSON.stringify(settings?.packs);
        settings = v;
        if (assetsChanged) fetchAssets();
        schedule('now');
      });
      signal.addEventListener('abort', stopWatch, { once: true });
      return first;
    });

    const mounted = await o.mount(callbacks);
    if (signal.aborted) {
      mounted.destroy();
      return;
    }
    measure('boot', () => {
      view = mounted;
      signal.addEventListener('abort', () => view?.destroy(), { once: true });
      listen(doc);
      observeDeep(
        doc,
        (change) => {
          // A change the adapter says cannot concern its elements (a feed growing far from the composer) runs nothing.
          if ((change.structural || change.overflow) && (adapter.concerns?.(change, doc) ?? true)) schedule('page');
          else if (change.editing) schedule('typing');
        },
        { signal, label: 'observer', onFrame: (fd) => listen(fd), shadowHosts: adapter.shadowHosts, ignore: (el) => el === view?.host },
      );
      // From here on the adapter is told of every change, so it may keep what it finds (SiteAdapter.concerns).
      adapter.concerns?.({ added: [], removed: [], targets: [], structural: true, editing: false, overflow: true }, doc);
      started = true;
      run();
    });
    // The first look at the page (an adapter that keeps what it finds: its page-wide queries, and the first call of
    // each finder the screen's rules anchor to) in a task of its own, so the first run of the rules is a short slice.
    for (const part of ['snapshot', 'anchors'] as const) {
      if (!adapter.concerns || assets) break;
      await yieldToMain();
      if (!signal.aborted && !assets) measure('boot', () => firstLook(part));
    }
    await firstAssets;
  })();

  signal.addEventListener(
    'abort',
    () => {
      watchStop?.abort();
      clearTimeout(debounceTimer);
      clearTimeout(pageTimer);
      clearTimeout(assetsRetry);
    },
    { once: true },
  );

  return {
    navigate() {
      // The runtime may have seen the new address already (and begun the page view); this only makes sure.
      const href = getUrl().href;
      if (href !== viewHref) newPageView(href);
      schedule('now');
    },
    refresh: () => schedule('now'),
    get state() {
      return state;
    },
    get counts() {
      return counts;
    },
    ready,
  };
}
