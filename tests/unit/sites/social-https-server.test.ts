/**
 * The e2e helper that serves the social fixtures under their real host names (tests/e2e/support/https-server.ts):
 * routing by Host header, the certificate naming every host, and the Chromium flags it hands back.
 * (A headless Chromium run against it was checked by hand; the e2e suite exercises it with the built extension.)
 */
import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOCIAL_HOSTS, startSocialHttpsServer, type SocialHttpsServer } from '../../e2e/support/https-server';

let server: SocialHttpsServer;
beforeAll(async () => {
  server = await startSocialHttpsServer();
});
afterAll(async () => {
  await server?.close();
});

/** GET https://<host><path> from 127.0.0.1:<port>, trusting only the server's own certificate. */
function get(host: string, path: string, servername = host): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, servername, headers: { host }, ca: server.certificate },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('social https server', () => {
  it('serves each site\'s fixture for any app path, under a certificate valid for that host', async () => {
    const titles: Record<string, string> = {
      'x.com': 'Home / X',
      'twitter.com': 'Home / X',
      'www.linkedin.com': 'Feed | LinkedIn',
      'www.facebook.com': 'Facebook',
      'bsky.app': 'Bluesky',
      'www.threads.net': 'Threads',
      'www.threads.com': 'Threads',
      'social.example.org': 'Home - Example Social',
    };
    expect(Object.keys(DEFAULT_SOCIAL_HOSTS).sort()).toEqual(Object.keys(titles).sort());
    for (const [host, title] of Object.entries(titles)) {
      const res = await get(host, host === 'x.com' ? '/CouncilComms/status/1830000000000000001' : '/home');
      expect(res.status, host).toBe(200);
      expect(res.type).toMatch(/^text\/html/);
      expect(res.body).toContain(`<title>${title}</title>`);
    }
  });

  it('answers 421 for a host it does not serve and 404 for a missing file', async () => {
    expect((await get('x.com', '/missing.png')).status).toBe(404);
    expect((await get('unknown.example', '/', 'x.com')).status).toBe(421);
    // TLS itself refuses a name the certificate does not carry.
    await expect(get('example.net', '/')).rejects.toThrow();
  });

  it('gives Chromium one resolver rule per host, all to its port, and accepts its certificate', () => {
    const [rules, ignore] = server.chromiumArgs;
    expect(ignore).toBe('--ignore-certificate-errors');
    for (const host of server.hosts) expect(rules).toContain(`MAP ${host}:443 127.0.0.1:${server.port}`);
    expect(rules?.startsWith('--host-resolver-rules=MAP ')).toBe(true);
  });

  it('refuses a host mapped to a folder without the page', async () => {
    await expect(startSocialHttpsServer({ hosts: { 'x.com': 'no-such-site' } })).rejects.toThrow(/does not exist/);
  });
});
