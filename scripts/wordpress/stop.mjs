#!/usr/bin/env node
/**
 * Stops local test WordPress instances started by start.mjs (by the PIDs in their state files) and deletes their
 * temp data. With no option, stops all of them.
 *
 *   node scripts/wordpress/stop.mjs [--wp 6.5|6.7] [--port N]
 */
import { parseArgs } from 'node:util';
import { stopWordPress } from './server.mjs';

let args;
try {
  args = parseArgs({ options: { wp: { type: 'string' }, port: { type: 'string' } } }).values;
} catch (error) {
  console.error(`${error.message}\nusage: node scripts/wordpress/stop.mjs [--wp 6.5|6.7] [--port N]`);
  process.exit(2);
}
try {
  const n = await stopWordPress({ version: args.wp, port: args.port === undefined ? undefined : Number(args.port) });
  console.log(n ? `stopped ${n} WordPress instance${n === 1 ? '' : 's'}` : 'no WordPress instance was running');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
