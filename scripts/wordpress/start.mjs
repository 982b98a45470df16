#!/usr/bin/env node
/**
 * Starts a local, offline WordPress for tests and prints its URL.
 *
 *   node scripts/wordpress/start.mjs --wp 6.5|6.7 [--port N] [--json]
 *
 * Default ports: 8065 for 6.5, 8067 for 6.7 (both can run at once). The state (URL, admin account, PIDs, folders,
 * seeded ids) is written to .tmp/wordpress/instances/<port>.json; stop with stop.mjs.
 */
import { parseArgs } from 'node:util';
import { VERSIONS, startWordPress, stateFile } from './server.mjs';

const usage = `usage: node scripts/wordpress/start.mjs --wp ${Object.keys(VERSIONS).join('|')} [--port N] [--json]`;
let args;
try {
  args = parseArgs({
    options: { wp: { type: 'string', default: '6.7' }, port: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  }).values;
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (!VERSIONS[args.wp]) {
  console.error(`Unknown WordPress version "${args.wp}".\n${usage}`);
  process.exit(2);
}
try {
  const wp = await startWordPress({
    version: args.wp,
    port: args.port === undefined ? undefined : Number(args.port),
    log: args.json ? (m) => console.error(m) : console.log,
  });
  const { stop, ...state } = wp;
  if (args.json) console.log(JSON.stringify(state, null, 2));
  else {
    console.log(`  admin: ${state.admin.user} / ${state.admin.password}`);
    console.log(`  state: ${stateFile(state.port)}`);
    console.log(`  stop:  node scripts/wordpress/stop.mjs --port ${state.port}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
