/**
 * The coach panel: everything the tutor knows about this screen, reachable by keyboard and screen reader: the
 * tips that apply (shown, waiting, closed or quiet), the check results, and pause/resume for the site.
 *
 * A non-modal dialog: it does not trap focus. When it opens (on the learner's request: the shortcut or the
 * launcher) its heading takes focus; Escape closes it and the runtime puts focus back where it was.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { CheckLine, OverlayState, OverlayTip, TipStatus } from '../../lib/overlay/types';
import { Button, IconButton } from '../ui/Button';
import { Rating } from '../ui/Rating';
import type { OverlayT } from './strings';
import { safeHttpUrl } from './TipCard';

export interface CoachPanelProps {
  state: Pick<OverlayState, 'tips' | 'paused' | 'contextLabel' | 'shortcutLabel'>;
  /** The check results for what the learner is writing (Overlay works them out from `OverlayState.summary`). */
  checks: readonly CheckLine[];
  t: OverlayT;
  onClose: () => void;
  onDismiss: (key: string) => void;
  onRestore: (key: string) => void;
  onPauseSite: () => void;
  onResumeSite: () => void;
}

const RATING_WORD: Record<CheckLine['rating'], string> = {
  good: 'overlay.checkOk',
  ok: 'overlay.checkWarn',
  poor: 'overlay.checkPoor',
  info: 'overlay.checkInfo',
};

const RESTORABLE: ReadonlySet<TipStatus> = new Set(['dismissed', 'snoozed', 'never']);

function TipItem({ x, t, onDismiss, onRestore }: { x: OverlayTip; t: OverlayT; onDismiss: (k: string) => void; onRestore: (k: string) => void }) {
  const href = safeHttpUrl(x.tip.source.url);
  const titleId = `sw-coach-tip-${x.key}`;
  return (
    <li class={`sw-coach__tip sw-coach__tip--${x.status}`}>
      <p class="sw-coach__tip-title" id={titleId}>
        {x.tip.title}
      </p>
      <p class="sw-coach__tip-body">{x.tip.body}</p>
      <p class="sw-coach__tip-meta">
        <span class="sw-coach__status">{t(`overlay.status.${x.status}`)}</span>
        {href ? (
          <a class="sw-link" href={href} target="_blank" rel="noopener noreferrer" aria-label={t('overlay.learnMoreLabel', { name: x.tip.source.name })}>
            {t('overlay.learnMore')}
          </a>
        ) : null}
        {RESTORABLE.has(x.status) ? (
          <Button small variant="link" aria-describedby={titleId} onClick={() => onRestore(x.key)}>
            {t('overlay.showTip')}
          </Button>
        ) : x.status === 'card' ? (
          <Button small variant="link" aria-describedby={titleId} onClick={() => onDismiss(x.key)}>
            {t('overlay.dismiss')}
          </Button>
        ) : null}
      </p>
    </li>
  );
}

export function CoachPanel({ state, checks, t, onClose, onDismiss, onRestore, onPauseSite, onResumeSite }: CoachPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Opened on request: moving focus here is what the learner asked for.
    heading.current?.focus({ preventScroll: true });
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  const context = state.contextLabel ? t(state.contextLabel) : '';
  return (
    <div class="sw-coach" id="sw-coach" role="dialog" aria-modal="false" aria-labelledby="sw-coach-title" onKeyDown={onKeyDown}>
      <div class="sw-coach__head">
        <h2 class="sw-coach__title" id="sw-coach-title" tabIndex={-1} ref={heading}>
          {t('overlay.coachTitle')}
          {context && context !== state.contextLabel ? <span class="sw-coach__context"> · {context}</span> : null}
        </h2>
        <IconButton label={t('overlay.coachClose')} onClick={onClose} />
      </div>
      {state.paused ? (
        <p class="sw-coach__paused" role="note">
          {state.paused === 'site' ? t('overlay.paused') : state.paused === 'global' ? t('overlay.pausedGlobal') : t('overlay.off')}
        </p>
      ) : null}
      <h3 class="sw-coach__section">{t('overlay.coachTips')}</h3>
      {state.tips.length === 0 ? (
        <p class="sw-coach__none">{t('overlay.coachNone')}</p>
      ) : (
        <ul class="sw-coach__tips">
          {state.tips.map((x) => (
            <TipItem key={x.key} x={x} t={t} onDismiss={onDismiss} onRestore={onRestore} />
          ))}
        </ul>
      )}
      {checks.length > 0 ? (
        <>
          <h3 class="sw-coach__section">{t('overlay.coachChecks')}</h3>
          <ul class="sw-coach__checks">
            {checks.map((c) => (
              <li key={c.id} class="sw-coach__check">
                <span class="sw-coach__check-text">{t(c.message, c.params)}</span>
                {c.rating !== 'info' ? <Rating value={c.rating} label={t(RATING_WORD[c.rating])} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div class="sw-coach__foot">
        <span class="sw-coach__shortcut">{t('overlay.coachShortcut', { keys: state.shortcutLabel })}</span>
        {state.paused === 'site' ? (
          <Button small onClick={onResumeSite}>
            {t('overlay.resume')}
          </Button>
        ) : state.paused ? null : (
          <Button small onClick={onPauseSite}>
            {t('overlay.pauseSite')}
          </Button>
        )}
      </div>
    </div>
  );
}
