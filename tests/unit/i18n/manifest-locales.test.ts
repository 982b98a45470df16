import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_LIMITS, MANIFEST_LOCALES, manifestLocaleFiles, manifestMessages } from '../../../lib/i18n/manifest';

const LOCALES_DIR = join(__dirname, '../../../assets/public/_locales');

describe('manifest _locales are generated from the catalogues', () => {
  it('the committed messages.json files match (run `node scripts/sync-locales.mjs` after changing a manifest.* message)', () => {
    for (const [rel, text] of Object.entries(manifestLocaleFiles())) {
      expect(readFileSync(join(LOCALES_DIR, rel), 'utf8'), rel).toBe(text);
    }
  });

  it('has no _locales folder without a catalogue', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(Object.keys(MANIFEST_LOCALES).sort());
  });

  it('keeps within the stores’ length limits in every language', () => {
    for (const [folder, catalogue] of Object.entries(MANIFEST_LOCALES)) {
      const messages = manifestMessages(catalogue);
      for (const [name, limit] of Object.entries(MANIFEST_LIMITS)) {
        const text = messages[name as keyof typeof messages].message;
        expect(text.length, `${folder} ${name}`).toBeLessThanOrEqual(limit);
        expect(text.trim().length, `${folder} ${name}`).toBeGreaterThan(0);
      }
    }
  });
});
