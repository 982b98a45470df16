// web-ext lint on both Firefox builds: fails on any error (warnings are printed, not fatal).
import { spawnSync } from 'node:child_process';
import { root } from './ensure.mjs';

let errors = 0;
for (const dir of ['.output/firefox-mv2', '.output/firefox-mv3']) {
  const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    cwd: root,
    encoding: 'utf8',
  });
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    console.error(`web-ext lint gave no JSON for ${dir}:\n${r.stdout}\n${r.stderr}`);
    process.exit(1);
  }
  const { errors: e = [], warnings: w = [], notices: n = [] } = report;
  for (const m of [...e, ...w]) console.log(`${dir}: ${m._type} ${m.code}: ${m.message} ${m.file ?? ''}`);
  console.log(`${dir}: ${e.length} errors, ${w.length} warnings, ${n.length} notices`);
  errors += e.length;
}
process.exit(errors ? 1 : 0);
