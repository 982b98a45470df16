/**
 * Starts a real WordPress 6.5 and 6.7 for the tests and returns the function that stops them (Playwright runs it
 * as the global teardown, also after failures). startWordPress installs Debian's Apache, PHP and MariaDB first when
 * they are missing (scripts/wordpress/ensure.mjs) and unpacks WordPress from the npm builds package once.
 *
 * Free ports are picked here, so a developer's own instances on the default ports (start.mjs) are left alone.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../fixtures';
// @ts-expect-error: a plain ES module without types (Node built-ins only, so it runs before npm install).
import { ensureTree, startWordPress } from '../../../scripts/wordpress/server.mjs';
// @ts-expect-error: same.
import { ensurePackages } from '../../../scripts/wordpress/ensure.mjs';
import { ENV_KEY, EXTENSION_ENV_KEY, type WordPressInstance } from './instances';

const VERSIONS = ['6.5', '6.7'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

interface Started extends WordPressInstance {
  stop(): Promise<void>;
  readyMs: number;
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const t0 = Date.now();
  const log = (m: string) => console.log(m);
  const started: Started[] = [];
  // The tests load a copy of the build taken now, so a rebuild of .output during the run cannot pull the extension
  // from under them.
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION_DIR}: run "npx wxt build" first (npm test does).`);
  const copyRoot = mkdtempSync(join(tmpdir(), 'swt-wp-e2e-ext-'));
  const extensionDir = join(copyRoot, 'chrome-mv3');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  process.env[EXTENSION_ENV_KEY] = extensionDir;
  const stopAll = async () => {
    await Promise.all(started.map((wp) => wp.stop().catch((e: unknown) => console.error(`[wordpress] stopping ${wp.version}: ${String(e)}`))));
    rmSync(copyRoot, { recursive: true, force: true });
  };
  try {
    // What is shared is prepared first, one step at a time (apt install, the npm pack, each unpacked tree): two
    // starts doing it at once would race. Then both servers start side by side.
    ensurePackages({ log });
    for (const version of VERSIONS) ensureTree(version, log);
    const ports = [await freePort(), await freePort()];
    if (ports[0] === ports[1]) ports[1] = ports[0]! + 1;
    const results = await Promise.allSettled(VERSIONS.map((version, i) => startWordPress({ version, port: ports[i], log })));
    for (const r of results) if (r.status === 'fulfilled') started.push(r.value as Started);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  } catch (error) {
    await stopAll();
    throw error;
  }
  const byVersion: Record<string, WordPressInstance> = {};
  for (const wp of started) {
    byVersion[wp.version] = { version: wp.version, wpVersion: wp.wpVersion, url: wp.url, admin: wp.admin, seed: wp.seed };
  }
  process.env[ENV_KEY] = JSON.stringify(byVersion);
  console.log(`[wordpress] ${started.map((w) => `${w.wpVersion} at ${w.url}`).join(', ')}; set up in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return stopAll;
}
