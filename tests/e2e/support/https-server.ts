/**
 * Serve the social fixtures under the sites' real host names, offline, so end-to-end tests exercise the shipped
 * manifest's match patterns (https://x.com/* …) and no test-only pattern is ever built in.
 *
 * How: one local HTTPS server on 127.0.0.1 with a throwaway self-signed certificate naming every host, routed by
 * the Host header to tests/fixtures/html/<site>/; Chromium is pointed at it with `--host-resolver-rules` and told
 * to accept the certificate with `--ignore-certificate-errors` (Playwright contexts also want
 * `ignoreHTTPSErrors: true`). Seen working with Debian's Chromium and an MV3 extension (shared/notes/social-sites.md).
 *
 * Usage:
 *   const server = await startSocialHttpsServer();
 *   const { context } = await launchWithExtension(server.chromiumArgs);   // from tests/e2e/fixtures.ts
 *   await page.goto('https://x.com/home');                                // → tests/fixtures/html/x/compose.html
 *   await server.close();
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SOCIAL_FIXTURES = fileURLToPath(new URL('../../fixtures/html', import.meta.url));

/**
 * Which fixture folder answers for which host. Mastodon has no fixed host: `social.example.org` stands for "an
 * instance the learner turned the tutor on for" (example.org is reserved, so it can never be a real instance).
 */
export const DEFAULT_SOCIAL_HOSTS: Readonly<Record<string, string>> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.linkedin.com': 'linkedin',
  'www.facebook.com': 'facebook',
  'bsky.app': 'bluesky',
  'www.threads.net': 'threads',
  'www.threads.com': 'threads',
  'social.example.org': 'mastodon',
};

export interface SocialHttpsServerOptions {
  /** Host name → fixture folder (under `fixturesDir`). Default: DEFAULT_SOCIAL_HOSTS. */
  hosts?: Record<string, string>;
  /** Where the fixture folders are. Default: tests/fixtures/html. */
  fixturesDir?: string;
  /**
   * The page served for any path that is not a file in the site's folder: the sites are single-page apps, so
   * /home, /compose/post and /<user>/status/<id> are all the same document. Default: 'compose.html'.
   */
  page?: string;
}

export interface SocialHttpsServer {
  /** The port on 127.0.0.1 every host is mapped to. */
  port: number;
  /** Hosts served, in the order given. */
  hosts: string[];
  /** Launch flags for Chromium: the host-resolver map and certificate acceptance. */
  chromiumArgs: string[];
  /** The self-signed certificate (PEM), e.g. for a Node client that wants to trust it. */
  certificate: string;
  /** Requests answered so far, as "host path" lines (for debugging a test). */
  log: string[];
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

/** A key and certificate valid for `hosts`, made by the system's openssl in a temporary folder. */
export function makeSelfSignedCertificate(hosts: string[]): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'swt-cert-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    const san = hosts.map((h) => `DNS:${h}`).join(',');
    try {
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${hosts[0] ?? 'localhost'}`, '-addext', `subjectAltName=${san}`, '-keyout', keyPath, '-out', certPath],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
    } catch (error) {
      const detail = (error as { stderr?: Buffer }).stderr?.toString().trim();
      throw new Error(`Could not make a test certificate with openssl (is it installed? apt-get install openssl): ${detail ?? String(error)}`);
    }
    return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Start the server on a free port. */
export async function startSocialHttpsServer(options: SocialHttpsServerOptions = {}): Promise<SocialHttpsServer> {
  const hosts = { ...(options.hosts ?? DEFAULT_SOCIAL_HOSTS) };
  const names = Object.keys(hosts);
  if (names.length === 0) throw new Error('startSocialHttpsServer: no hosts to serve');
  const fixturesDir = options.fixturesDir ?? SOCIAL_FIXTURES;
  const page = options.page ?? 'compose.html';
  for (const [host, folder] of Object.entries(hosts)) {
    if (!existsSync(join(fixturesDir, folder, page))) throw new Error(`startSocialHttpsServer: ${host} → ${folder}/${page} does not exist under ${fixturesDir}`);
  }
  const { key, cert } = makeSelfSignedCertificate(names);
  const log: string[] = [];

  const server: Server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = decodeURIComponent(new URL(req.url ?? '/', 'https://placeholder').pathname);
    log.push(`${host} ${path}`);
    const folder = hosts[host];
    if (!folder) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end(`No fixture for host "${host}"`);
      return;
    }
    const root = join(fixturesDir, folder);
    // A real file in the site's folder is served as itself; every other path is the app's page.
    const candidate = normalize(join(root, path));
    const isFile = candidate.startsWith(root + sep) && existsSync(candidate) && statSync(candidate).isFile();
    if (!isFile && /\.[a-z0-9]{2,5}$/i.test(path)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const file = isFile ? candidate : join(root, page);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const rules = names.map((h) => `MAP ${h}:443 127.0.0.1:${port}`).join(',');

  return {
    port,
    hosts: names,
    chromiumArgs: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
    certificate: cert,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
