/**
 * The whole overlay: tip cards anchored to their elements, a small launcher for the coach panel, the panel, and
 * a polite live region that announces new tips (a screen reader hears "New tip: …" without focus moving).
 *
 * Everything sits in one labelled region so the page's landmarks stay intact and ours are easy to find.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { anchorFloating } from '../../lib/overlay/anchor';
import { summarise } from '../../lib/tutor/summary';
import type { OverlayCallbacks, OverlayState } from '../../lib/overlay/types';
import { Button } from '../ui/Button';
import { CoachPanel } from './CoachPanel';
import { TipCard } from './TipCard';
import { LANG_TAGS, overlayT } from './strings';

export interface OverlayProps {
  state: OverlayState;
  callbacks: OverlayCallbacks;
}

/** Keeps its child next to `anchor`, following scrolls, resizes and layout shifts, until unmounted. */
export function Anchored({ anchor, children }: { anchor: Element; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const floating = ref.current;
    if (!floating) return;
    const stop = new AbortController();
    anchorFloating(anchor, floating, { signal: stop.signal });
    return () => stop.abort();
  }, [anchor]);
  return (
    <div class="sw-float" ref={ref}>
      {children}
    </div>
  );
}

export function Overlay({ state, callbacks }: OverlayProps) {
  const t = useMemo(() => overlayT(state.locale, state.strings), [state.locale, state.strings]);
  const lang = LANG_TAGS[state.locale] ?? state.locale;
  // The runtime sends a fresh snapshot only when what the learner wrote (or the panel) changed.
  const checks = useMemo(() => (state.summary ? summarise(state.summary.site, state.summary.content) : []), [state.summary]);
  const cards = state.tips.filter((x) => x.status === 'card' && x.anchor);
  const waiting = state.tips.filter((x) => x.status !== 'card' && x.status !== 'never' && x.status !== 'dismissed' && x.status !== 'snoozed').length;

  // Announce each card once, when it first appears.
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef(new Set<string>());
  useEffect(() => {
    const fresh = cards.filter((x) => !announced.current.has(x.key));
    for (const x of fresh) announced.current.add(x.key);
    for (const key of [...announced.current]) if (!cards.some((x) => x.key === key)) announced.current.delete(key);
    if (fresh.length) setAnnouncement(fresh.map((x) => t('overlay.announce', { title: x.tip.title })).join('. '));
  });

  return (
    <section class="sw-overlay" aria-label={t('overlay.region')} lang={lang}>
      <div class="sw-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {cards.map((x, i) => (
        <Anchored key={x.key} anchor={x.anchor!}>
          <TipCard
            tip={x.tip}
            t={t}
            idBase={`sw-tip-${x.key}`}
            more={i === 0 ? waiting : 0}
            onDismiss={() => callbacks.dismiss(x.key)}
            onSnooze={() => callbacks.snooze(x.key)}
            onNever={() => callbacks.never(x.key)}
            onMore={callbacks.openPanel}
          />
        </Anchored>
      ))}
      {state.panelOpen ? (
        <CoachPanel
          state={state}
          checks={checks}
          t={t}
          onClose={callbacks.closePanel}
          onDismiss={callbacks.dismiss}
          onRestore={callbacks.restore}
          onPauseSite={callbacks.pauseSite}
          onResumeSite={callbacks.resumeSite}
        />
      ) : state.tips.length > 0 ? (
        <Button
          class="sw-launcher"
          variant="primary"
          small
          keepFocus
          aria-label={`${t('overlay.coachOpen')} (${t('overlay.coachShortcut', { keys: state.shortcutLabel })})`}
          aria-expanded="false"
          aria-controls="sw-coach"
          onClick={callbacks.openPanel}
        >
          {t('overlay.coachTitle')}
          <span class="sw-launcher__count" aria-hidden="true">
            {state.tips.length}
          </span>
        </Button>
      ) : null}
    </section>
  );
}
