// @vitest-environment happy-dom
/**
 * A detector confirming an action in the moment the screen changes (X's reply dialog: the reply is confirmed as
 * the dialog closes and the address goes back from /compose/post to /home). The social watchers take a last look
 * when the tutor stops them (lib/sites/social-shared.ts); what they find then must be logged with the screen it was
 * made on — not with the next screen, and not as "unknown" while the tutor is between two screens.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Detected } from '../../../lib/messaging/outbox';
import type { TutorAssets } from '../../../lib/messaging/protocol';
import { defineSite, type WatchOptions } from '../../../lib/sites/types';
import { memorySettings } from '../../../lib/tutor/settings';
import { startTutor, type Send } from '../../../lib/tutor/start';

/** A site whose detector reports, as it is stopped, the reply it saw confirmed. */
const adapter = defineSite({
  id: 'x',
  kind: 'x',
  matches: [],
  detect: () => true,
  contexts: {
    'x.compose': { examples: ['https://x.com/compose/post'], test: (url) => url.pathname.startsWith('/compose') },
    'x.home': { examples: ['https://x.com/home'], test: (url) => url.pathname === '/home' },
  },
  find: () => null,
  snapshot: () => ({ text: '', paragraphs: [], headings: [], images: [], links: [] }),
  watch: (o: WatchOptions) => {
    if (o.context !== 'x.compose') return;
    o.signal.addEventListener('abort', () => o.emit({ type: 'social.replied', skills: ['social-replying'], metrics: {}, key: 'social.replied:x:1' }), { once: true });
  },
});

const stops: AbortController[] = [];
afterEach(() => {
  for (const s of stops.splice(0)) s.abort();
  document.querySelectorAll('social-web-tutor').forEach((n) => n.remove());
});

async function start(path: { value: string }) {
  const recorded: Detected[] = [];
  const stop = new AbortController();
  stops.push(stop);
  const send = (async (type: string) => (type === 'mastery.counts' ? {} : { ok: true })) as Send;
  const assets = async (locale: string): Promise<TutorAssets> => ({ locale, packs: [], strings: {} });
  const host = document.createElement('social-web-tutor');
  document.documentElement.append(host);
  const tutor = startTutor({
    adapter,
    doc: document,
    url: () => new URL(`https://x.com${path.value}`),
    mount: () => ({ host, render: () => undefined, destroy: () => host.remove(), hasFocus: () => false }),
    send,
    record: (d) => recorded.push(d),
    settings: memorySettings(),
    signal: stop.signal,
    rules: [],
    assets,
  });
  await tutor.ready;
  return { tutor, recorded };
}

describe('an action confirmed as the screen changes', () => {
  it('is logged with the screen it was made on when the tutor notices the new address itself', async () => {
    const path = { value: '/compose/post' };
    const { tutor, recorded } = await start(path);
    path.value = '/home';
    tutor.refresh();
    expect(recorded.filter((d) => d.type === 'social.replied').map((d) => d.context)).toEqual(['x.compose']);
  });

  it('is logged with the screen it was made on when the page announces a navigation', async () => {
    const path = { value: '/compose/post' };
    const { tutor, recorded } = await start(path);
    path.value = '/home';
    tutor.navigate();
    expect(recorded.filter((d) => d.type === 'social.replied').map((d) => d.context)).toEqual(['x.compose']);
  });
});
