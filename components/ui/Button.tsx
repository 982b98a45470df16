/**
 * Buttons shared by the overlay and the extension pages, styled by assets/styles/tokens.css (components/ui/ui.css).
 *
 * `keepFocus` makes a mouse click leave keyboard focus where it was: the overlay's buttons sit next to a field the
 * learner is typing in, and clicking "Not today" must not pull the caret out of their post. Keyboard activation
 * (Tab, Enter/Space) works as usual.
 */
import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'link';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'size'> {
  variant?: ButtonVariant;
  /** Small, for dense places such as a tip card's footer. Default false. */
  small?: boolean;
  /** Keep focus where it was on mouse click (see above). Default false. */
  keepFocus?: boolean;
  type?: 'button' | 'submit' | 'reset';
  children: ComponentChildren;
}

const keep = (e: MouseEvent) => e.preventDefault();

export function Button({ variant = 'secondary', small = false, keepFocus = false, type = 'button', class: cls, className, children, ...rest }: ButtonProps) {
  const classes = ['sw-btn', `sw-btn--${variant}`, small ? 'sw-btn--small' : '', (cls as string) ?? '', (className as string) ?? ''].filter(Boolean).join(' ');
  return (
    <button type={type} class={classes} onMouseDown={keepFocus ? keep : undefined} {...rest}>
      {children}
    </button>
  );
}

export interface IconButtonProps extends Omit<ButtonProps, 'children' | 'variant'> {
  /** The accessible name: an icon button has no visible text. */
  label: string;
  /** The icon, decorative (hidden from assistive technology). Default: a cross. */
  icon?: ComponentChildren;
}

/** A square button showing only an icon; its name comes from `label`. */
export function IconButton({ label, icon, class: cls, ...rest }: IconButtonProps) {
  return (
    <Button variant="quiet" aria-label={label} title={label} class={`sw-btn--icon ${(cls as string) ?? ''}`} {...rest}>
      <span aria-hidden="true">{icon ?? <CrossIcon />}</span>
    </Button>
  );
}

export function CrossIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" focusable="false" aria-hidden="true">
      <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" />
    </svg>
  );
}
