// Writes assets/public/_locales/<lang>/messages.json from the typed catalogues in lib/i18n (the manifest's name,
// description and toolbar title). Run after changing a manifest.* message: `node scripts/sync-locales.mjs`.
// tests/unit/i18n/manifest-locales.test.ts fails while the files are out of date. `--check` only compares.
import { createJiti } from 'jiti';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const jiti = createJiti(import.meta.url);
const { manifestLocaleFiles } = await jiti.import(join(root, 'lib/i18n/manifest.ts'));
const check = process.argv.includes('--check');
let stale = 0;
for (const [rel, text] of Object.entries(manifestLocaleFiles())) {
  const file = join(root, 'assets/public/_locales', rel);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === text) continue;
  stale++;
  if (check) {
    console.error(`out of date: ${file}`);
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
if (check && stale) process.exit(1);
if (!stale) console.log('_locales up to date');
