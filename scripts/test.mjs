// `npm test`: installs what is missing, then runs every test layer in order, one summary line per layer, and
// exits non-zero if any layer fails. Layers after a failed build are skipped (they would test stale output).
import { spawnSync } from 'node:child_process';
import { root, ensureNpm, ensureChromium, ensureFirefox, versions } from './ensure.mjs';

const started = Date.now();
ensureNpm();
ensureChromium();
ensureFirefox();
console.log('versions:', JSON.stringify(versions()));

/** [name, command, needsBuild] */
const layers = [
  ['typecheck', 'npx tsc --noEmit', false],
  ['unit+components', 'npx vitest run -c tests/vitest.config.ts', false],
  ['build', 'npx wxt build && npx wxt build -b firefox && npx wxt build -b firefox --mv3', false],
  ['e2e chromium', 'npx playwright test -c tests/e2e/playwright.config.ts', true],
  // Starts a real WordPress 6.5 and 6.7 (apt-installs Apache/PHP/MariaDB on a fresh machine) and stops them after.
  ['e2e wordpress', 'npx playwright test -c tests/e2e/wordpress/playwright.config.ts', true],
  ['firefox smoke', 'node tests/firefox/smoke.mjs && node tests/firefox/log.mjs', true],
  ['web-ext lint', 'node scripts/lint-firefox.mjs', true],
];

const only = process.argv.slice(2);
const results = [];
let buildOk = true;
for (const [name, cmd, needsBuild] of layers) {
  if (only.length && !only.includes(name)) continue;
  if (needsBuild && !buildOk) {
    results.push({ name, status: 'skipped', secs: 0, why: 'build failed' });
    continue;
  }
  console.log(`\n=== ${name}: ${cmd}`);
  const t0 = Date.now();
  const r = spawnSync('sh', ['-c', cmd], { cwd: root, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  if (name === 'build') buildOk = ok;
  results.push({ name, status: ok ? 'passed' : 'failed', secs: (Date.now() - t0) / 1000 });
}

console.log('\n=== summary');
for (const r of results) console.log(`${r.name.padEnd(16)} ${r.status}${r.why ? ` (${r.why})` : ''}  ${r.secs.toFixed(1)} s`);
const failed = results.filter((r) => r.status !== 'passed').length;
console.log(`wall time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`layers: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
