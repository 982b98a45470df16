/**
 * "Reset workshop": clears the workshop log and lesson progress after a confirmation that says what is and is not
 * touched (the learner's own practice log never is).
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface ResetWorkshopProps {
  /** How many actions the workshop log holds, when known. */
  count: number | null;
  onReset: () => Promise<void> | void;
}

export function ResetWorkshop({ count, onReset }: ResetWorkshopProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = useRef<HTMLButtonElement | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);

  const close = () => {
    setAsking(false);
    requestAnimationFrame(() => opener.current?.focus());
  };

  return (
    <div class="sb-reset">
      <span class="sb-muted" data-sw="workshop-count">
        {count === null ? 'Workshop log' : `Workshop log: ${count} action${count === 1 ? '' : 's'}`}
      </span>
      {!asking ? (
        <button type="button" ref={opener} class="sw-button" data-variant="danger" onClick={() => setAsking(true)}>
          Reset workshop
        </button>
      ) : (
        <div
          class="sb-reset__confirm"
          role="group"
          aria-label="Confirm reset"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <p>Clear the workshop log and lesson progress? Your own practice log is not touched.</p>
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
            Yes, reset
          </button>
          <button type="button" class="sw-button" onClick={close}>
            Cancel
          </button>
          {error && (
            <p role="alert" class="sb-error">
              The workshop could not be reset: {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
