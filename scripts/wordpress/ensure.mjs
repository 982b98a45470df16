#!/usr/bin/env node
/**
 * Makes sure the Debian packages that serve a local WordPress are installed (Apache + mod_php, PHP extensions
 * WordPress uses, MariaDB). Idempotent: when everything is present it only asks dpkg and returns in well under a
 * second. Installs only as root (CI and these machines run as root); otherwise it prints the command to run.
 *
 * Usage: node scripts/wordpress/ensure.mjs [--check]   (--check: report only, exit 1 when something is missing)
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Debian package names; the PHP ones are the distribution's default PHP version. */
export const PACKAGES = [
  'apache2',
  'libapache2-mod-php',
  'php-cli',
  'php-mysql',
  'php-gd',
  'php-xml',
  'php-mbstring',
  'php-curl',
  'php-intl',
  'php-zip',
  'mariadb-server',
  'unzip',
];

/** Packages whose dpkg status is not "install ok installed". */
export function missingPackages(packages = PACKAGES) {
  const out = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\n', ...packages], { encoding: 'utf8' });
  // dpkg-query exits 1 when some names are unknown; their lines are simply absent from stdout.
  const installed = new Set(
    (out.stdout || '')
      .split('\n')
      .filter((line) => line.endsWith(' install ok installed'))
      .map((line) => line.split(' ')[0]),
  );
  return packages.filter((p) => !installed.has(p));
}

/**
 * Installs what is missing. Returns the list that was missing (empty when nothing needed doing).
 * Throws with a clear message when not root or when apt fails.
 */
export function ensurePackages({ log = console.log } = {}) {
  const missing = missingPackages();
  if (missing.length === 0) return [];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `WordPress test server needs Debian packages that are missing: ${missing.join(' ')}\n` +
        `Install them as root:  apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`,
    );
  }
  log(`[wordpress] installing ${missing.join(' ')} (first time on this machine: a few minutes)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // policy-rc.d exit 101 is Debian's documented way to stop maintainer scripts from starting services; here apt
  // starts none anyway, and our servers run with their own config, so we don't touch it.
  const run = (args) => {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with exit code ${r.status}`);
  };
  run(['update']);
  run(['install', '-y', '--no-install-recommends', ...missing]);
  const still = missingPackages();
  if (still.length) throw new Error(`apt-get finished but these are still missing: ${still.join(' ')}`);
  return missing;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const checkOnly = process.argv.includes('--check');
  try {
    if (checkOnly) {
      const missing = missingPackages();
      console.log(missing.length ? `missing: ${missing.join(' ')}` : 'all WordPress server packages are installed');
      process.exit(missing.length ? 1 : 0);
    }
    const installed = ensurePackages();
    console.log(installed.length ? `installed: ${installed.join(' ')}` : 'all WordPress server packages are installed');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
