// `npm run bench [-- name…]`: builds the extension, runs every bench module in tests/bench/ (or only those whose file
// name contains one of the names given), and merges their figures into tests/bench/results.json.
//
// A bench module is tests/bench/<area>.bench.ts or .bench.mjs with a default export:
//   export default async function run(ctx) { return { 'area.figure_ms': { value, unit: 'ms', target, runs } } }
// ctx = { root, extensionDir, log(...args) }. The runner adds "measured" (the local date) to every figure and keeps
// the figures of modules it did not run, so each area refreshes only its own keys. Never assert timings in a bench:
// it records what it measured (DESIGN.md, Benchmarks).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'tests/bench');
const resultsPath = join(benchDir, 'results.json');
// Bundled TypeScript benches go under node_modules so their bare imports (@playwright/test…) still resolve.
const outDir = join(root, 'node_modules/.cache/swt-bench');

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const skipBuild = process.argv.includes('--no-build');

const modules = readdirSync(benchDir)
  .filter((f) => /\.bench\.(ts|mjs)$/.test(f))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
if (!modules.length) {
  console.error(`No bench modules${only.length ? ` matching ${only.join(', ')}` : ''} in tests/bench.`);
  process.exit(1);
}

if (!skipBuild) {
  console.log('bench: building the extension (npx wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function isFigure(x) {
  return x && typeof x === 'object' && typeof x.value === 'number' && Number.isFinite(x.value) && typeof x.unit === 'string';
}

async function load(file) {
  const path = join(benchDir, file);
  if (file.endsWith('.mjs')) return import(pathToFileURL(path).href);
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, file.replace(/\.ts$/, '.mjs'));
  await build({ entryPoints: [path], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning', alias: { '@': root } });
  return import(`${pathToFileURL(out).href}?t=${Date.now()}`);
}

const results = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
const measured = today();
let failed = 0;
for (const file of modules) {
  console.log(`\n=== ${file}`);
  const t0 = Date.now();
  try {
    const mod = await load(file);
    const run = mod.default ?? mod.run;
    if (typeof run !== 'function') throw new Error('no default export function');
    const figures = await run({ root, extensionDir: join(root, '.output/chrome-mv3'), log: (...a) => console.log('  ', ...a) });
    for (const [key, figure] of Object.entries(figures ?? {})) {
      if (!isFigure(figure)) throw new Error(`figure ${key} is not {value: number, unit: string, …}`);
      results[key] = { ...figure, measured };
      const target = figure.target !== undefined ? ` (target ${figure.target} ${figure.unit})` : '';
      console.log(`   ${key.padEnd(34)} ${String(figure.value).padStart(10)} ${figure.unit}${target}`);
    }
    console.log(`   ${file} took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  } catch (error) {
    failed++;
    console.error(`   ${file} failed:`, error);
  }
}

const sorted = Object.fromEntries(Object.keys(results).sort().map((k) => [k, results[k]]));
writeFileSync(resultsPath, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`\nbench: wrote ${Object.keys(sorted).length} figures to tests/bench/results.json${failed ? `; ${failed} module(s) failed` : ''}`);
process.exit(failed ? 1 : 0);
