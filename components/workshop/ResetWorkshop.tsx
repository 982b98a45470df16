/**
 * "Reset workshop": clears the workshop log and lesson progress after a confirmation that says what is and is not
 * touched (the learner's own practice log never is).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../lib/i18n/preact';

export interface ResetWorkshopProps {
  /** How many actions the workshop log holds, when known. */
  count: number | null;
  onReset: () => Promise<void> | void;
}

export function ResetWorkshop({ count, onReset }: ResetWorkshopProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = useRef<HTMLButtonElement | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);

  // Focus moves in a layout effect, in the same task as the render: a key pressed right after the click must already
  // find the confirmation focused (a passive effect runs a frame later, and Escape would go to the page).
  const returnFocus = useRef(false);
  useLayoutEffect(() => {
    if (asking) confirm.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [asking]);

  // Escape cancels wherever the focus is (the confirmation's own buttons, or the page if the learner clicked away).
  useLayoutEffect(() => {
    if (!asking) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !busy) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [asking, busy]);

  const close = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  return (
    <div class="sb-reset">
      <span class="sb-muted" data-sw="workshop-count">
        {count === null ? t('workshop.reset.log') : t('workshop.reset.logCount', { count })}
      </span>
      {!asking ? (
        <button type="button" ref={opener} class="sw-button" data-variant="danger" onClick={() => setAsking(true)}>
          {t('workshop.reset')}
        </button>
      ) : (
        <div
          class="sb-reset__confirm"
          role="group"
          aria-label={t('workshop.reset.confirmLabel')}
        >
          <p>{t('workshop.reset.question')}</p>
          <button
            type="button"
            ref={confirm}
            class="sw-button"
            data-variant="danger"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setError(null);
              try {
                await onReset();
                close();
              } catch (e) {
                setError((e as Error).message);
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('workshop.reset.yes')}
          </button>
          <button type="button" class="sw-button" onClick={close}>
            {t('common.cancel')}
          </button>
          {error && (
            <p role="alert" class="sb-error">
              {t('workshop.reset.failed', { error })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
