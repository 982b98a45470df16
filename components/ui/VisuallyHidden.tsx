/** Text for assistive technology only (a live region's announcement, a label completing a visible one). */
import type { ComponentChildren, HTMLAttributes } from 'preact';

export function VisuallyHidden({ children, ...rest }: HTMLAttributes<HTMLSpanElement> & { children?: ComponentChildren }) {
  return (
    <span class="sw-visually-hidden" {...rest}>
      {children}
    </span>
  );
}
