/**
 * A real WordPress for end-to-end tests, served natively by Debian's Apache + mod_php and MariaDB, each with its own
 * small config, data folder and socket under a temp folder (never the system services or their config).
 *
 * WordPress itself comes from the npm package @wp-playground/wordpress-builds (wordpress.org is not reachable here):
 * `npm pack` once into .tmp/wordpress/pack/, then each version is unpacked once into .tmp/wordpress/builds-*
 * (its PHP zip, with its public assets copied over) and every start hard-links that tree into a fresh instance.
 *
 * Only Node built-ins, so it runs before (or without) the project's npm dependencies.
 *
 * API (for a Playwright globalSetup):
 *   const wp = await startWordPress({ version: '6.7' });   // → { url, stop(), state, ... }
 *   ...; await wp.stop();
 * CLI: start.mjs / stop.mjs beside this file.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePackages } from './ensure.mjs';

/** The npm package that carries WordPress, and the version of it whose builds we use. */
export const BUILDS_PACKAGE = '@wp-playground/wordpress-builds';
/**
 * 0.9.19 is the newest published version (checked 2026-11 with `npm view … versions`); it holds 6.5.5 as "6.5",
 * 6.6-RC3 as "beta" and 6.7-alpha-58716 as "nightly". Nothing newer carries a 6.7, so "6.7" means that nightly.
 */
export const BUILDS_VERSION = '0.9.19';

/** The WordPress versions we serve, by the name tests use. */
export const VERSIONS = {
  '6.5': { build: '6.5', defaultPort: 8065 },
  '6.7': { build: 'nightly', defaultPort: 8067 },
};

/** The known admin account of every test site. Test-only: the server listens on 127.0.0.1 alone. */
export const ADMIN = Object.freeze({ user: 'admin', password: 'swt-test-admin-2026', email: 'admin@example.test' });

/** Set this cookie (any value) on the site's origin to get the classic editor instead of the block editor. */
export const CLASSIC_EDITOR_COOKIE = 'swt_classic_editor';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '../..');
export const CACHE_DIR = path.join(REPO_ROOT, '.tmp', 'wordpress');
export const STATE_DIR = path.join(CACHE_DIR, 'instances');

const APACHE_MODULES = '/usr/lib/apache2/modules';

/** Path of the state file for an instance on this port. */
export function stateFile(port) {
  return path.join(STATE_DIR, `${port}.json`);
}

/** Every state file's content (instances started and not stopped, alive or not). */
export function listStates() {
  if (!fs.existsSync(STATE_DIR)) return [];
  return fs
    .readdirSync(STATE_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      try {
        return JSON.parse(fs.readFileSync(path.join(STATE_DIR, f), 'utf8'));
      } catch {
        return undefined;
      }
    })
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------------------------
// WordPress trees (cached)

/** Downloads the builds package tarball once (≈158 MB, ≈10 s). */
function ensurePack(log) {
  const dir = path.join(CACHE_DIR, 'pack');
  const tgz = path.join(dir, `wp-playground-wordpress-builds-${BUILDS_VERSION}.tgz`);
  if (fs.existsSync(tgz)) return tgz;
  fs.mkdirSync(dir, { recursive: true });
  log(`[wordpress] npm pack ${BUILDS_PACKAGE}@${BUILDS_VERSION} (≈158 MB, once)…`);
  // npm is a .cmd on Windows; these scripts target Linux CI, but keep the call portable anyway.
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['pack', `${BUILDS_PACKAGE}@${BUILDS_VERSION}`, '--pack-destination', dir, '--silent'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (r.status !== 0 || !fs.existsSync(tgz)) throw new Error(`npm pack ${BUILDS_PACKAGE}@${BUILDS_VERSION} failed`);
  return tgz;
}

/**
 * A complete WordPress tree for this version, unpacked once. The builds package splits each version in two: the
 * PHP (a zip) and the static assets (public/wp-<build>/); a complete site needs both.
 */
export function ensureTree(version, log = console.log) {
  const spec = VERSIONS[version];
  if (!spec) throw new Error(`Unknown WordPress version "${version}": use one of ${Object.keys(VERSIONS).join(', ')}`);
  const tree = path.join(CACHE_DIR, `builds-${BUILDS_VERSION}`, `wp-${spec.build}`);
  if (fs.existsSync(path.join(tree, '.swt-complete'))) return tree;

  const tgz = ensurePack(log);
  log(`[wordpress] unpacking WordPress ${version} (once)…`);
  const work = fs.mkdtempSync(path.join(CACHE_DIR, 'unpack-'));
  try {
    execFileSync('tar', [
      'xzf',
      tgz,
      '-C',
      work,
      `package/src/wordpress/wp-${spec.build}.zip`,
      `package/public/wp-${spec.build}`,
    ]);
    const partial = `${tree}.partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    fs.mkdirSync(partial, { recursive: true });
    execFileSync('unzip', ['-q', path.join(work, `package/src/wordpress/wp-${spec.build}.zip`), '-d', partial]);
    // `cp -a src/. dst` merges the asset folders into the PHP tree.
    execFileSync('cp', ['-a', path.join(work, `package/public/wp-${spec.build}`) + '/.', partial]);
    // Each instance writes its own wp-config.php; the Playground one must not be shared through a hard link.
    fs.rmSync(path.join(partial, 'wp-config.php'), { force: true });
    fs.rmSync(path.join(partial, 'wordpress-remote-asset-paths'), { force: true });
    if (!fs.existsSync(path.join(partial, 'wp-includes', 'version.php'))) {
      throw new Error(`The builds package has no usable WordPress ${version} tree`);
    }
    fs.rmSync(tree, { recursive: true, force: true });
    fs.renameSync(partial, tree);
    fs.writeFileSync(path.join(tree, '.swt-complete'), `${BUILDS_PACKAGE}@${BUILDS_VERSION} wp-${spec.build}\n`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return tree;
}

/** `$wp_version` of a tree, read from wp-includes/version.php. */
export function wpVersionOf(tree) {
  const src = fs.readFileSync(path.join(tree, 'wp-includes', 'version.php'), 'utf8');
  return /\$wp_version\s*=\s*'([^']+)'/.exec(src)?.[1] ?? 'unknown';
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function isAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie still answers kill(0); it is dead for our purpose.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

async function waitFor(what, check, timeoutMs, logFile) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) {
      let tail = '';
      if (logFile && fs.existsSync(logFile)) tail = `\n--- ${logFile} ---\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`;
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${tail}`);
    }
    await sleep(100);
  }
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

function unixSocketAnswers(socketPath) {
  return new Promise((resolve) => {
    if (!fs.existsSync(socketPath)) return resolve(false);
    const s = net.connect(socketPath);
    s.once('data', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
    s.setTimeout(1000, () => {
      s.destroy();
      resolve(false);
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(5000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

/** Starts a long-lived process that outlives this Node process (the CLI exits; the servers stay). */
function daemon(cmd, args, logFile) {
  const fd = fs.openSync(logFile, 'a');
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  child.unref();
  return child.pid;
}

function phpQuote(s) {
  return `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

// ---------------------------------------------------------------------------------------------------------------
// Config files of one instance

function wpConfig({ url, socket }) {
  const key = () => phpQuote(randomBytes(32).toString('hex'));
  return `<?php
// Written by scripts/wordpress/server.mjs for an offline test site.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', ${phpQuote(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'AUTH_KEY', ${key()} );
define( 'SECURE_AUTH_KEY', ${key()} );
define( 'LOGGED_IN_KEY', ${key()} );
define( 'NONCE_KEY', ${key()} );
define( 'AUTH_SALT', ${key()} );
define( 'SECURE_AUTH_SALT', ${key()} );
define( 'LOGGED_IN_SALT', ${key()} );
define( 'NONCE_SALT', ${key()} );
$table_prefix = 'wp_';
define( 'WP_HOME', ${phpQuote(url)} );
define( 'WP_SITEURL', ${phpQuote(url)} );
// No network here: without these, wp-admin pages wait 7-25 s on calls to wordpress.org.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
\tdefine( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

const OFFLINE_MU_PLUGIN = `<?php
/*
 * Plugin Name: SWT offline test site
 * Description: Keeps a test site from reaching the network (none is reachable here).
 */
// The inserter's block directory search asks wordpress.org and answers HTTP 500 offline.
remove_action( 'enqueue_block_editor_assets', 'wp_enqueue_editor_block_directory_assets' );
// Remote patterns come from wordpress.org too.
add_filter( 'should_load_remote_block_patterns', '__return_false' );
// No mail server: report mail as not sent instead of trying.
add_filter( 'pre_wp_mail', '__return_false' );
`;

const TEST_MU_PLUGIN = `<?php
/*
 * Plugin Name: SWT test switches
 * Description: Test-only switches, turned on by a cookie so one site serves both editors.
 */
function swt_classic_editor_requested() {
\treturn ! empty( $_COOKIE['${CLASSIC_EDITOR_COOKIE}'] );
}
add_filter( 'use_block_editor_for_post', function ( $use ) {
\treturn swt_classic_editor_requested() ? false : $use;
}, 100 );
add_filter( 'use_block_editor_for_post_type', function ( $use ) {
\treturn swt_classic_editor_requested() ? false : $use;
}, 100 );
`;

/** Installs WordPress with wp_install() and seeds the content the tests use. Prints one JSON line of ids. */
function installScript({ htdocs, url }) {
  const host = new URL(url).host;
  return `<?php
// Run by php-cli (scripts/wordpress/server.mjs). wp-cli is not in Debian, so install through wp_install() directly.
$_SERVER['HTTP_HOST'] = ${phpQuote(host)};
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define( 'WP_INSTALLING', true );
require ${phpQuote(path.join(htdocs, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

$installed = wp_install( 'Library news', ${phpQuote(ADMIN.user)}, ${phpQuote(ADMIN.email)}, true, '', wp_slash( ${phpQuote(ADMIN.password)} ), 'en_US' );
wp_installing( false );
$admin_id = (int) $installed['user_id'];
wp_set_current_user( $admin_id );

// The welcome guide is a modal that hides the editor; tests and fixtures want the editor itself.
global $wpdb;
update_user_meta( $admin_id, $wpdb->get_blog_prefix() . 'persisted_preferences', array(
\t'core/edit-post' => array( 'welcomeGuide' => false ),
\t'core' => array( 'enableChoosePatternModal' => false ),
\t'_modified' => gmdate( 'c' ),
) );

$news = wp_insert_term( 'News', 'category' );
$news_id = is_wp_error( $news ) ? 0 : (int) $news['term_id'];

// A published post with a visitor's comment waiting for moderation.
$post_id = wp_insert_post( array(
\t'post_title'   => 'New library opening hours',
\t'post_status'  => 'publish',
\t'post_author'  => $admin_id,
\t'post_category' => $news_id ? array( $news_id ) : array(),
\t'post_content' => "<!-- wp:paragraph -->\\n<p>From 1 March the central library opens at 8am on weekdays.</p>\\n<!-- /wp:paragraph -->\\n\\n<!-- wp:heading -->\\n<h2 class=\\"wp-block-heading\\">Weekend hours</h2>\\n<!-- /wp:heading -->\\n\\n<!-- wp:paragraph -->\\n<p>Saturday hours do not change.</p>\\n<!-- /wp:paragraph -->",
), true );
if ( is_wp_error( $post_id ) ) { fwrite( STDERR, $post_id->get_error_message() ); exit( 1 ); }

$comment_id = wp_insert_comment( array(
\t'comment_post_ID'      => $post_id,
\t'comment_author'       => 'Sam Visitor',
\t'comment_author_email' => 'sam@example.test',
\t'comment_author_IP'    => '127.0.0.1',
\t'comment_content'      => 'Will the library also open earlier on bank holidays?',
\t'comment_approved'     => 0,
\t'comment_agent'        => 'swt-seed',
) );

// Two more visitor comments waiting: a thank-you to approve and an obvious spam to mark as spam.
$thanks_id = wp_insert_comment( array(
\t'comment_post_ID'      => $post_id,
\t'comment_author'       => 'Alex Reader',
\t'comment_author_email' => 'alex@example.test',
\t'comment_author_IP'    => '127.0.0.2',
\t'comment_content'      => 'Thank you, earlier opening will really help before work.',
\t'comment_approved'     => 0,
\t'comment_agent'        => 'swt-seed',
) );
$spam_id = wp_insert_comment( array(
\t'comment_post_ID'      => $post_id,
\t'comment_author'       => 'Cheap Deals 4U',
\t'comment_author_email' => 'deals@example.test',
\t'comment_author_url'   => 'http://deals.example.test/',
\t'comment_author_IP'    => '127.0.0.3',
\t'comment_content'      => 'Great post!!! Buy cheap watches at http://deals.example.test/ best prices',
\t'comment_approved'     => 0,
\t'comment_agent'        => 'swt-seed',
) );

// One image in the media library, with no alt text (what the alt-text tips are about).
$attachment_id = 0;
if ( function_exists( 'imagecreatetruecolor' ) ) {
\t$im = imagecreatetruecolor( 640, 360 );
\timagefill( $im, 0, 0, imagecolorallocate( $im, 40, 110, 160 ) );
\timagefilledrectangle( $im, 120, 90, 520, 300, imagecolorallocate( $im, 240, 200, 80 ) );
\tob_start();
\timagepng( $im );
\t$png = ob_get_clean();
\t$upload = wp_upload_bits( 'library-entrance.png', null, $png );
\tif ( empty( $upload['error'] ) ) {
\t\t$attachment_id = wp_insert_attachment( array(
\t\t\t'post_mime_type' => 'image/png',
\t\t\t'post_title'     => 'library-entrance',
\t\t\t'post_status'    => 'inherit',
\t\t), $upload['file'] );
\t\twp_update_attachment_metadata( $attachment_id, wp_generate_attachment_metadata( $attachment_id, $upload['file'] ) );
\t}
}

echo json_encode( array(
\t'adminId' => $admin_id,
\t'postId' => (int) $post_id,
\t'pendingCommentId' => (int) $comment_id,
\t'thanksCommentId' => (int) $thanks_id,
\t'spamCommentId' => (int) $spam_id,
\t'attachmentId' => (int) $attachment_id,
\t'categoryId' => $news_id,
) ), "\\n";
`;
}

function apacheConfig({ dir, htdocs, port }) {
  const php = fs.readdirSync(APACHE_MODULES).find((f) => /^libphp[\d.]*\.so$/.test(f));
  if (!php) throw new Error(`No PHP module for Apache in ${APACHE_MODULES}: run node scripts/wordpress/ensure.mjs`);
  const mod = (name, file) => `LoadModule ${name} ${APACHE_MODULES}/${file}`;
  return `# Written by scripts/wordpress/server.mjs: a tiny Apache for one test site, independent of /etc/apache2.
ServerRoot "${dir}"
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile "${dir}/run/apache.pid"
DefaultRuntimeDir "${dir}/run"
Mutex file:${dir}/run default
ErrorLog "${dir}/logs/apache-error.log"
LogLevel warn
# The parent runs as root to bind; workers drop to www-data (Apache refuses to serve as root).
User www-data
Group www-data
${mod('mpm_prefork_module', 'mod_mpm_prefork.so')}
${mod('authz_core_module', 'mod_authz_core.so')}
${mod('dir_module', 'mod_dir.so')}
${mod('mime_module', 'mod_mime.so')}
${mod('rewrite_module', 'mod_rewrite.so')}
${mod('php_module', php)}
StartServers 3
MinSpareServers 2
MaxSpareServers 6
MaxRequestWorkers 16
KeepAlive On
TypesConfig /etc/mime.types
DocumentRoot "${htdocs}"
DirectoryIndex index.php index.html
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory "${htdocs}">
  Options FollowSymLinks
  AllowOverride All
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
php_admin_flag display_errors off
php_admin_value error_log "${dir}/logs/php-error.log"
php_admin_value upload_max_filesize 32M
php_admin_value post_max_size 32M
`;
}

// ---------------------------------------------------------------------------------------------------------------
// Start / stop

/**
 * @typedef {object} WordPressState
 * @property {string} url          Site URL, e.g. http://127.0.0.1:8065
 * @property {string} version      "6.5" or "6.7" (the name asked for)
 * @property {string} wpVersion    $wp_version of the tree, e.g. "6.5.5"
 * @property {number} port
 * @property {{user: string, password: string, email: string}} admin
 * @property {{adminId: number, postId: number, pendingCommentId: number, thanksCommentId: number, spamCommentId: number,
 *   attachmentId: number, categoryId: number}} seed  ids of the seeded post, its three pending comments (a question
 *   to reply to, a thank-you to approve, a spam), the image without alt text and the "News" category
 * @property {{apache: number, mariadb: number}} pids
 * @property {{instance: string, htdocs: string, datadir: string, socket: string, logs: string}} dirs
 * @property {string} classicEditorCookie  cookie name that switches the site to the classic editor
 * @property {number} readyMs      time from start to ready
 * @property {string} started      ISO date
 */

/**
 * Starts a fresh WordPress of this version on 127.0.0.1:port, installed and seeded, and resolves when wp-login.php
 * answers. An older instance recorded on the same port is stopped first.
 *
 * @param {{version?: string, port?: number, log?: (msg: string) => void}} [options]
 *   version: "6.5" | "6.7" (default "6.7"); port: default 8065 / 8067; log: progress lines (default console.log).
 * @returns {Promise<WordPressState & {stop: () => Promise<void>}>}
 */
export async function startWordPress({ version = '6.7', port, log = console.log } = {}) {
  const t0 = Date.now();
  const spec = VERSIONS[version];
  if (!spec) throw new Error(`Unknown WordPress version "${version}": use one of ${Object.keys(VERSIONS).join(', ')}`);
  port = Number(port ?? spec.defaultPort);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`Bad port "${port}": use 1024-65535`);

  ensurePackages({ log });
  const tree = ensureTree(version, log);

  const previous = readState(port);
  if (previous) {
    log(`[wordpress] stopping the previous instance on port ${port}`);
    await stopInstance(previous);
  }
  if (!(await portIsFree(port))) throw new Error(`Port ${port} on 127.0.0.1 is in use by another program: pass --port`);

  const url = `http://127.0.0.1:${port}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `swt-wp-${version}-${port}-`));
  // Apache's workers run as www-data and must traverse the instance folder (mkdtemp makes it 0700).
  fs.chmodSync(dir, 0o755);
  const htdocs = path.join(dir, 'htdocs');
  const datadir = path.join(dir, 'db');
  const run = path.join(dir, 'run');
  const logs = path.join(dir, 'logs');
  const socket = path.join(run, 'mariadb.sock');
  for (const d of [run, logs]) fs.mkdirSync(d, { mode: 0o755 });

  /** @type {WordPressState} */
  const state = {
    url,
    version,
    wpVersion: wpVersionOf(tree),
    port,
    admin: { ...ADMIN },
    seed: { adminId: 0, postId: 0, pendingCommentId: 0, thanksCommentId: 0, spamCommentId: 0, attachmentId: 0, categoryId: 0 },
    pids: { apache: 0, mariadb: 0 },
    dirs: { instance: dir, htdocs, datadir, socket, logs },
    classicEditorCookie: CLASSIC_EDITOR_COOKIE,
    readyMs: 0,
    started: new Date().toISOString(),
  };
  // Record the state as soon as there is something to clean, so stop.mjs can clean a half-started instance.
  writeState(state);

  try {
    // Hard links make a 60 MB tree in a few hundred ms; copy when the temp folder is on another file system.
    try {
      execFileSync('cp', ['-al', tree, htdocs]);
    } catch {
      fs.rmSync(htdocs, { recursive: true, force: true });
      execFileSync('cp', ['-a', tree, htdocs]);
    }
    fs.rmSync(path.join(htdocs, '.swt-complete'), { force: true });
    fs.writeFileSync(path.join(htdocs, 'wp-config.php'), wpConfig({ url, socket }));
    const mu = path.join(htdocs, 'wp-content', 'mu-plugins');
    fs.mkdirSync(mu, { recursive: true });
    fs.writeFileSync(path.join(mu, 'swt-offline.php'), OFFLINE_MU_PLUGIN);
    fs.writeFileSync(path.join(mu, 'swt-test.php'), TEST_MU_PLUGIN);
    const uploads = path.join(htdocs, 'wp-content', 'uploads');
    fs.mkdirSync(uploads, { recursive: true });

    // MariaDB: a fresh data folder (≈1 s), no TCP, its own socket. It must run as root here (--user=root):
    // the data folder belongs to root, and dropping to the mysql user would need chowns for nothing.
    const dbArgs = [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--user=root',
      '--innodb-log-file-size=8M',
      '--innodb-data-file-path=ibdata1:4M:autoextend',
    ];
    const install = spawnSync(
      'mariadb-install-db',
      [...dbArgs, '--auth-root-authentication-method=socket', '--skip-test-db'],
      { encoding: 'utf8' },
    );
    if (install.status !== 0) throw new Error(`mariadb-install-db failed:\n${install.stdout}\n${install.stderr}`);
    const initSql = path.join(dir, 'init.sql');
    fs.writeFileSync(
      initSql,
      [
        "CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
        "CREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp';",
        "GRANT ALL PRIVILEGES ON wordpress.* TO 'wp'@'localhost';",
        '',
      ].join('\n'),
    );
    const dbLog = path.join(logs, 'mariadb.log');
    state.pids.mariadb = daemon(
      'mariadbd',
      [
        ...dbArgs,
        `--socket=${socket}`,
        `--pid-file=${path.join(run, 'mariadb.pid')}`,
        '--skip-networking',
        '--skip-name-resolve',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=64M',
        `--init-file=${initSql}`,
        `--log-error=${dbLog}`,
      ],
      dbLog,
    );
    writeState(state);

    // Apache starts while the database comes up; WordPress is only asked after the install below.
    const conf = path.join(dir, 'apache.conf');
    fs.writeFileSync(conf, apacheConfig({ dir, htdocs, port }));
    const apacheLog = path.join(logs, 'apache-error.log');
    state.pids.apache = daemon('/usr/sbin/apache2', ['-d', dir, '-f', conf, '-DFOREGROUND'], apacheLog);
    writeState(state);

    await waitFor('MariaDB', () => isAlive(state.pids.mariadb) && unixSocketAnswers(socket), 30_000, dbLog);

    const script = path.join(dir, 'install.php');
    fs.writeFileSync(script, installScript({ htdocs, url }));
    const php = spawnSync('php', [script], { encoding: 'utf8' });
    const line = php.stdout.trim().split('\n').pop() ?? '';
    if (php.status !== 0 || !line.startsWith('{')) {
      throw new Error(`WordPress install failed (exit ${php.status}):\n${php.stdout}\n${php.stderr}`);
    }
    state.seed = JSON.parse(line);
    // The install ran as root; the web server's workers (www-data) write uploads from now on.
    execFileSync('chown', ['-R', 'www-data:www-data', uploads]);

    await waitFor(
      `Apache on ${url}`,
      async () => isAlive(state.pids.apache) && (await httpStatus(`${url}/wp-login.php`)) === 200,
      30_000,
      apacheLog,
    );
    state.readyMs = Date.now() - t0;
    writeState(state);
  } catch (error) {
    await stopInstance(state).catch(() => {});
    throw error;
  }
  log(`[wordpress] WordPress ${state.wpVersion} ready at ${url}/wp-admin/ in ${(state.readyMs / 1000).toFixed(1)} s`);
  return { ...state, stop: () => stopInstance(state) };
}

function writeState(state) {
  fs.mkdirSync(STATE_DIR, { recursive: true });
  const file = stateFile(state.port);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 2) + '\n');
  fs.renameSync(`${file}.tmp`, file);
}

/** The recorded instance on this port, if any. */
export function readState(port) {
  try {
    return JSON.parse(fs.readFileSync(stateFile(port), 'utf8'));
  } catch {
    return undefined;
  }
}

async function killAndWait(pid, name) {
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const until = Date.now() + 15_000;
  while (isAlive(pid) && Date.now() < until) await sleep(100);
  if (isAlive(pid)) {
    // Last resort: the process group (Apache's workers, mariadbd's threads) so nothing is left holding the port.
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      process.kill(pid, 'SIGKILL');
    }
    console.warn(`[wordpress] ${name} (pid ${pid}) did not stop on SIGTERM; killed`);
  }
}

/** Stops an instance's servers by PID and deletes its temp folder and state file. */
export async function stopInstance(state) {
  // Only PIDs we recorded, and only when they are still the programs we started (PIDs get reused).
  const isOurs = (pid, exe) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(exe) &&
        fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(state.dirs.instance);
    } catch {
      return false;
    }
  };
  await Promise.all([
    isOurs(state.pids?.apache, 'apache2') ? killAndWait(state.pids.apache, 'apache2') : undefined,
    isOurs(state.pids?.mariadb, 'mariadbd') ? killAndWait(state.pids.mariadb, 'mariadbd') : undefined,
  ]);
  const dir = state.dirs?.instance;
  // Never delete anything but the folder this module created.
  if (dir && path.basename(dir).startsWith('swt-wp-') && path.dirname(dir) === os.tmpdir()) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.rmSync(stateFile(state.port), { force: true });
}

/** Stops every recorded instance, or those of one version / port. Returns how many were stopped. */
export async function stopWordPress({ version, port } = {}) {
  const states = listStates().filter(
    (s) => (version === undefined || s.version === version) && (port === undefined || s.port === Number(port)),
  );
  for (const s of states) await stopInstance(s);
  return states.length;
}
