/**
 * The manifest's own strings (extension name, description, toolbar title) as the browser's `_locales` format.
 * The browser resolves `__MSG_extName__` from assets/public/_locales/<lang>/messages.json before any of our code
 * runs, so those files must exist on disk: scripts/sync-locales.mjs writes them from here, and a unit test fails
 * when the committed files differ from the catalogues.
 *
 * Imports only the catalogues (no settings, no browser), so the Node script can load it.
 */
import { cy } from './catalogues/cy';
import { en } from './catalogues/en';
import type { Catalogue } from './types';

/** `_locales` message name → our catalogue key. */
export const MANIFEST_MESSAGES = {
  extName: 'manifest.extName',
  extDescription: 'manifest.extDescription',
  actionTitle: 'manifest.actionTitle',
} as const;

/** Folder names under `_locales` (Chrome and Firefox both accept `cy`). */
export const MANIFEST_LOCALES = { en, cy } as const satisfies Record<string, Catalogue>;

/** Chrome Web Store limits: the name ≤ 75 characters, the description ≤ 132. */
export const MANIFEST_LIMITS = { extName: 75, extDescription: 132, actionTitle: 75 } as const;

export type ManifestMessages = Record<keyof typeof MANIFEST_MESSAGES, { message: string }>;

export function manifestMessages(catalogue: Catalogue): ManifestMessages {
  const out = {} as ManifestMessages;
  for (const [name, key] of Object.entries(MANIFEST_MESSAGES) as [keyof typeof MANIFEST_MESSAGES, keyof Catalogue][]) {
    const message = catalogue[key];
    if (typeof message !== 'string') throw new Error(`${key} must be a plain string for the manifest`);
    out[name] = { message };
  }
  return out;
}

/** The exact text each messages.json file should hold (2-space JSON, trailing newline). */
export function manifestLocaleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [folder, catalogue] of Object.entries(MANIFEST_LOCALES)) {
    files[`${folder}/messages.json`] = `${JSON.stringify(manifestMessages(catalogue), null, 2)}\n`;
  }
  return files;
}
