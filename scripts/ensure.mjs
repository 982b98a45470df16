// Installs what the two README commands need, only when it is missing: npm packages (npm ci), Debian's
// chromium and firefox-esr (as root), and WXT's generated types. Plain Node, no dependencies: it runs first.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function run(cmd, opts = {}) {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit', cwd: root, ...opts });
}

/** npm ci when node_modules is missing or older than the lock file. */
export function ensureNpm() {
  const marker = `${root}node_modules/.package-lock.json`;
  const lock = `${root}package-lock.json`;
  if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
    run('npm ci --no-audit --no-fund');
  }
  if (!existsSync(`${root}.wxt/tsconfig.json`)) run('npx wxt prepare');
}

let aptUpdated = false;
/** Debian packages by name, when the binary is missing. */
export function ensureApt(binary, packages, why) {
  if (existsSync(binary)) return;
  if (!isRoot) {
    console.error(`\n${binary} is missing. ${why}\nInstall it as root: apt-get install -y ${packages.join(' ')}\n`);
    process.exit(1);
  }
  if (!aptUpdated) {
    run('apt-get update -q', { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    aptUpdated = true;
  }
  run(`apt-get install -y -q --no-install-recommends ${packages.join(' ')}`, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

export function ensureChromium() {
  ensureApt('/usr/bin/chromium', ['chromium'], 'The demo and the end-to-end tests drive Debian\u2019s Chromium.');
}

export function ensureFirefox() {
  ensureApt('/usr/bin/firefox-esr', ['firefox-esr'], 'The Firefox smoke test runs Debian\u2019s Firefox ESR.');
}

/** Build one target unless told the output is fresh. */
export function build(target = 'chrome') {
  const flags = { chrome: '', firefox: '-b firefox', 'firefox-mv3': '-b firefox --mv3' }[target];
  run(`npx wxt build ${flags}`.trim());
}

export function versions() {
  const v = (cmd) => {
    const r = spawnSync('sh', ['-c', cmd], { encoding: 'utf8' });
    return (r.stdout || r.stderr || '').trim().split('\n')[0] || 'missing';
  };
  return { node: process.version, npm: v('npm --version'), chromium: v('/usr/bin/chromium --version'), firefox: v('/usr/bin/firefox-esr --version') };
}
