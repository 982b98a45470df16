/**
 * One tip, as a small card next to the element it is about. Props in, callbacks out.
 *
 * Tip text comes from packs that trainers can write, so it is rendered as text only: a title or body holding
 * `<script>` shows those characters. The source link is only a link when its URL is http(s).
 *
 * The card never takes focus by itself (the learner may be typing); its buttons keep focus where it was on a
 * mouse click, and are reachable by keyboard. Escape inside the card closes it.
 */
import type { Tip } from '../../lib/tips/types';
import { Button, IconButton } from '../ui/Button';
import type { OverlayT } from './strings';

export interface TipCardProps {
  tip: Tip;
  t: OverlayT;
  /** Unique per card: ids of the title and body derive from it. */
  idBase: string;
  /** Other tips waiting for this screen (offers to open the panel). Default 0. */
  more?: number;
  onDismiss: () => void;
  onSnooze: () => void;
  onNever: () => void;
  onMore?: () => void;
}

/** The URL when it is safe to link to (http or https), else null. */
export function safeHttpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function TipCard({ tip, t, idBase, more = 0, onDismiss, onSnooze, onNever, onMore }: TipCardProps) {
  const titleId = `${idBase}-title`;
  const bodyId = `${idBase}-body`;
  const href = safeHttpUrl(tip.source.url);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onDismiss();
    }
  };
  return (
    <div class="sw-card" role="group" aria-labelledby={titleId} aria-describedby={bodyId} data-tip={tip.id} onKeyDown={onKeyDown}>
      <div class="sw-card__head">
        <p class="sw-card__kicker" aria-hidden="true">
          {t('overlay.tip')}
        </p>
        <p class="sw-card__title" id={titleId}>
          {tip.title}
        </p>
        <IconButton class="sw-card__close" label={t('overlay.dismissLabel')} keepFocus onClick={onDismiss} />
      </div>
      <p class="sw-card__body" id={bodyId}>
        {tip.body}
      </p>
      <div class="sw-card__foot">
        {href ? (
          <a class="sw-link sw-card__source" href={href} target="_blank" rel="noopener noreferrer" aria-label={t('overlay.learnMoreLabel', { name: tip.source.name })} onMouseDown={(e) => e.preventDefault()}>
            {t('overlay.learnMore')}
          </a>
        ) : (
          <span class="sw-card__source">{t('overlay.source', { name: tip.source.name })}</span>
        )}
        <span class="sw-card__actions">
          <Button small variant="quiet" keepFocus aria-label={t('overlay.snoozeLabel')} onClick={onSnooze}>
            {t('overlay.snooze')}
          </Button>
          <Button small variant="quiet" keepFocus aria-label={t('overlay.neverLabel')} onClick={onNever}>
            {t('overlay.never')}
          </Button>
        </span>
      </div>
      {more > 0 && onMore ? (
        <Button small variant="link" class="sw-card__more" keepFocus aria-label={t('overlay.moreLabel', { count: more })} onClick={onMore}>
          {t('overlay.more', { count: more })}
        </Button>
      ) : null}
    </div>
  );
}
