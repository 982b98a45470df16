/**
 * The keyboard shortcut that opens the coach panel: Alt+Shift+K (Option+Shift+K on a Mac).
 *
 * Chosen because it clashes with nothing we found on the sites we run on:
 * - Alt+Shift+T, the first idea, focuses the toolbar in Chrome on Windows and Linux, and inserts a "More" tag in
 *   WordPress's classic editor.
 * - WordPress's "access" shortcuts (Alt+Shift on Windows/Linux) use 0–9 and c d h j l m n o p q r s t u w x z
 *   (classic editor and block editor, read from WordPress 6.5's scripts); K is free.
 * - X, Mastodon and Bluesky use single keys; Facebook and LinkedIn use none with Alt+Shift.
 * - On a Mac, Option+Shift+K types the Apple logo, which nobody needs in a public-sector post.
 * Matched by physical key (`code`), so it works whatever the keyboard layout prints on that key.
 */
export const PANEL_SHORTCUT = { code: 'KeyK', alt: true, shift: true, ctrl: false, meta: false } as const;

export function isPanelShortcut(e: Pick<KeyboardEvent, 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>): boolean {
  return (
    e.code === PANEL_SHORTCUT.code &&
    e.altKey === PANEL_SHORTCUT.alt &&
    e.shiftKey === PANEL_SHORTCUT.shift &&
    e.ctrlKey === PANEL_SHORTCUT.ctrl &&
    e.metaKey === PANEL_SHORTCUT.meta
  );
}

/** How to write the shortcut for this platform. */
export function shortcutLabel(platform: string = globalThis.navigator?.platform ?? ''): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌥⇧K' : 'Alt+Shift+K';
}
