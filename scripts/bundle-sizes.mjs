// `node scripts/bundle-sizes.mjs [chrome|firefox] [--top N]`: what each content script (and injected script) is
// made of. Builds once with source maps into .output/sizes (never the .output the tests and bench use), then gives
// every byte of each minified script to the source module its source map names, and prints per script: total
// minified and gzip -9 bytes, and the heaviest modules (minified bytes, and the gzip size of that module's bytes
// alone — an upper bound, since gzip shares strings across modules). Used to choose what to move out of the
// content scripts by measurement (issue 4: each content script ≤ 35 kB gzip).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const browser = args.includes('firefox') ? 'firefox' : 'chrome';
const topIdx = args.indexOf('--top');
const top = topIdx >= 0 ? Number(args[topIdx + 1]) : 25;
const outDir = '.output/sizes';

if (!args.includes('--no-build')) {
  const r = spawnSync('npx', ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SWT_SOURCEMAP: '1', SWT_OUT_DIR: outDir },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const buildDir = join(root, outDir, readdirSync(join(root, outDir)).find((d) => d.startsWith(browser)));
const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;

/** Groups a source path into something a reader recognises: our files by path, packages by name. */
function moduleOf(source) {
  const s = source.replace(/^(\.\.\/)+/, '').replace(/\?.*$/, '');
  const nm = s.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = s.slice(nm + 'node_modules/'.length).split('/');
    return `npm:${parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  return s;
}

function attribute(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const consumer = new SourceMapConsumer(map);
  const lines = code.split('\n');
  // Each generated segment runs from its column to the next segment's column on the same line.
  const segs = [];
  consumer.eachMapping((m) => segs.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  const text = new Map();
  const add = (key, s) => text.set(key, (text.get(key) ?? '') + s);
  let covered = 0;
  for (let i = 0; i < segs.length; i++) {
    const m = segs[i];
    const next = segs[i + 1];
    const line = lines[m.generatedLine - 1] ?? '';
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    const piece = line.slice(m.generatedColumn, end);
    covered += piece.length;
    add(m.source ? moduleOf(m.source) : '(unmapped)', piece);
  }
  add('(unmapped)', ' '.repeat(Math.max(0, code.length - covered)));
  return { code, text };
}

const targets = [];
const cs = join(buildDir, 'content-scripts');
for (const f of readdirSync(cs).filter((n) => n.endsWith('.js'))) targets.push(join(cs, f));
// Unlisted scripts injected on demand sit at the build's top level.
for (const f of readdirSync(buildDir).filter((n) => n.endsWith('.js') && n !== 'background.js')) targets.push(join(buildDir, f));

for (const file of targets.sort()) {
  if (!existsSync(`${file}.map`)) continue;
  const { code, text } = attribute(file);
  const code0 = code.replace(/\n\/\/# sourceMappingURL=.*$/, '');
  console.log(`\n${relative(buildDir, file)}: ${code0.length} bytes minified, ${gz(code0)} bytes gzip`);
  const rows = [...text].map(([k, s]) => [k, s.length, gz(s)]).sort((a, b) => b[1] - a[1]);
  for (const [k, n, g] of rows.slice(0, top)) console.log(`  ${String(n).padStart(7)}  ${String(g).padStart(6)} gz  ${k}`);
  if (rows.length > top) console.log(`  … ${rows.length - top} more modules, ${rows.slice(top).reduce((a, r) => a + r[1], 0)} bytes`);
}
