/**
 * A confirmation as a native modal `<dialog>`: the browser traps focus, Escape cancels, the page behind is inert,
 * and focus goes back to the button that opened it. The safe answer (Cancel) has the focus first.
 */
import { useEffect, useRef } from 'preact/hooks';
import { Button } from '../ui/Button';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!props.open && dialog.open) {
      dialog.close();
    }
    if (!props.open) (opener.current as HTMLElement | null)?.focus?.();
  }, [props.open]);

  return (
    <dialog
      ref={ref}
      class="sw-options__dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      // Escape fires "cancel": keep the state in step with the browser closing it.
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="confirm-title">{props.title}</h2>
      <p id="confirm-body">{props.body}</p>
      <div class="sw-options__row">
        <Button autoFocus onClick={props.onCancel}>
          {props.cancel}
        </Button>
        <Button variant="primary" class="sw-btn--danger" onClick={props.onConfirm}>
          {props.confirm}
        </Button>
      </div>
    </dialog>
  );
}
