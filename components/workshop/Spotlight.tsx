/**
 * Presenter mode's highlight: a thick outline around the element the current step is about, with the rest of the
 * page slightly dimmed, so people at the back of the room see where to look. It is drawn over the page
 * (pointer-events: none, aria-hidden), never inside the element, so it cannot change what the learner types.
 *
 * The anchor may appear late (the alt-text field exists once an image is inserted) or go away: the target is
 * looked up again after DOM changes, coalesced to one lookup per frame. Position follows scroll, resize and layout
 * shifts through floating-ui's autoUpdate; its cleanup runs when the target changes or the spotlight unmounts.
 */
import { autoUpdate } from '@floating-ui/dom';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface SpotlightTarget {
  element: Element;
  /** The named element it is, for tests and for the presenter card's "look here" label. */
  name: string;
}

export interface SpotlightProps {
  /** Finds the current target, or null. Called again whenever the page changes. */
  resolve: () => SpotlightTarget | null;
  /** Scroll the target into view when it first appears. Default true. */
  scroll?: boolean;
}

const PAD = 6;

export function Spotlight({ resolve, scroll = true }: SpotlightProps) {
  const box = useRef<HTMLDivElement | null>(null);
  const [target, setTarget] = useState<SpotlightTarget | null>(() => resolve());

  useEffect(() => {
    let frame = 0;
    const check = () => {
      frame = 0;
      const next = resolve();
      setTarget((prev) => (prev?.element === next?.element && prev?.name === next?.name ? prev : next));
    };
    check();
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(check);
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'data-status', 'aria-selected', 'aria-expanded', 'hidden'],
    });
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [resolve]);

  useEffect(() => {
    const el = box.current;
    if (!target || !el) return;
    const update = () => {
      const r = target.element.getBoundingClientRect();
      const hidden = r.width === 0 && r.height === 0;
      el.style.display = hidden ? 'none' : 'block';
      el.style.left = `${r.left - PAD}px`;
      el.style.top = `${r.top - PAD}px`;
      el.style.width = `${r.width + 2 * PAD}px`;
      el.style.height = `${r.height + 2 * PAD}px`;
    };
    const cleanup = autoUpdate(target.element, el, update, { animationFrame: false });
    if (scroll && 'scrollIntoView' in target.element) {
      const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
      // Centred, so a tip opening below the element has room there rather than flipping up over the step card.
      target.element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    }
    return cleanup;
  }, [target?.element]);

  if (!target) return null;
  return <div ref={box} class="sb-spotlight" aria-hidden="true" data-anchor={target.name} />;
}
