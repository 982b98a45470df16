// Firefox smoke test: Debian's firefox-esr (WebDriver BiDi through puppeteer-core) installs the MV2 and MV3 builds,
// opens a page served under a real social host name, and checks our content script ran (its shadow-root host is in
// the page) and that a tip card is drawn there: the composer holds a 30-word sentence, so the tutor has something to
// say and the background injects the overlay's drawing code (/overlay.js, through tabs.executeScript in MV2 and
// scripting.executeScript in MV3), which must hand itself over in the content script's world. The host name reaches a local HTTPS server through an HTTP CONNECT proxy set in Firefox's prefs, so
// the shipped match patterns are what is tested.
import { createServer as createHttps } from 'node:https';
import { createServer as createHttp } from 'node:http';
import { connect } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const HOST = 'x.com';
const tmp = mkdtempSync(join(tmpdir(), 'swt-ff-'));

// A throwaway self-signed certificate for the host (the browser is told to accept it).
execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${HOST}`,
  '-addext', `subjectAltName=DNS:${HOST}`, '-keyout', join(tmp, 'key.pem'), '-out', join(tmp, 'cert.pem')], { stdio: 'ignore' });

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title></head>
<body><main><h1>Firefox smoke page</h1><div role="textbox" contenteditable="true" data-testid="tweetTextarea_0"><p>${
  'The council has agreed that the new recycling centre on the east side of the city will open in the spring after a long consultation with residents and local businesses.'
}</p></div></main></body></html>`;
const https = createHttps({ key: readFileSync(join(tmp, 'key.pem')), cert: readFileSync(join(tmp, 'cert.pem')) }, (req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page);
});
await new Promise((r) => https.listen(0, '127.0.0.1', r));
const httpsPort = https.address().port;

// CONNECT proxy: every tunnel goes to our HTTPS server, whatever host was asked for; plain requests are refused.
const proxy = createHttp((req, res) => { res.writeHead(403); res.end(); });
proxy.on('connect', (req, socket) => {
  const upstream = connect(httpsPort, '127.0.0.1', () => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    upstream.pipe(socket);
    socket.pipe(upstream);
  });
  upstream.on('error', () => socket.destroy());
  socket.on('error', () => upstream.destroy());
});
await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
const proxyPort = proxy.address().port;

let failures = 0;
for (const build of ['firefox-mv2', 'firefox-mv3']) {
  const dir = join(root, '.output', build);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      // MV3 host permissions are granted at install for the fixed hosts; make sure no prompt interferes.
      'extensions.originControls.grantByDefault': true,
    },
  });
  try {
    const id = await browser.installExtension(dir);
    const tab = await browser.newPage();
    await tab.goto(`https://${HOST}/home`, { waitUntil: 'load' });
    const poll = async (fn) => {
      for (let i = 0; i < 75; i++) {
        if (await tab.evaluate(fn)) return true;
        await new Promise((r) => setTimeout(r, 200));
      }
      return false;
    };
    const ran = await poll(() => document.querySelector('social-web-tutor') !== null);
    // A card: the shadow root is open, so the page's world can read it (our code and state stay in our world).
    const card = ran && (await poll(() => !!document.querySelector('social-web-tutor')?.shadowRoot?.querySelector('[role="group"][data-tip]')));
    const tipId = card ? await tab.evaluate(() => document.querySelector('social-web-tutor').shadowRoot.querySelector('[data-tip]').dataset.tip) : '';
    console.log(`${build}: installed as ${id}; content script ${ran ? 'ran' : 'DID NOT run'} on https://${HOST}/home; ${card ? `tip card "${tipId}" drawn by the injected overlay` : 'NO tip card drawn'}`);
    if (!ran || !card) failures++;
  } catch (e) {
    console.error(`${build}: ${e instanceof Error ? e.message : e}`);
    failures++;
  } finally {
    await browser.close();
  }
}
https.close();
proxy.close();
rmSync(tmp, { recursive: true, force: true });
console.log(`firefox smoke: ${2 - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
