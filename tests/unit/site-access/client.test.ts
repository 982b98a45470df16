import { describe, expect, it, vi } from 'vitest';
import { enableSite, grantedSites, targetTab, watchGrants, type Send } from '../../../lib/site-access/client';
import { createFakeApi } from './fake-api';

describe('page-side site access', () => {
  it('asks the browser first, synchronously, then tells the background', async () => {
    const fake = createFakeApi();
    const order: string[] = [];
    const request = fake.api.permissions.request;
    fake.api.permissions.request = (p) => {
      order.push('request');
      return request(p);
    };
    const send = vi.fn(async () => {
      order.push('send');
      return { ok: true };
    }) as unknown as Send;
    const pending = enableSite(fake.api, send, 'https://blog.example.org', 4);
    // The request happened before enableSite returned: still inside the click's user gesture.
    expect(order).toEqual(['request']);
    expect(await pending).toEqual({ outcome: 'enabled' });
    expect(order).toEqual(['request', 'send']);
    expect(fake.state.requests).toEqual([['https://blog.example.org/*']]);
    expect(send).toHaveBeenCalledWith('site.enable', { origin: 'https://blog.example.org', tabId: 4 });
  });

  it('reports a refusal without telling the background', async () => {
    const fake = createFakeApi({ answer: false });
    const send = vi.fn() as unknown as Send;
    expect(await enableSite(fake.api, send, 'https://blog.example.org')).toEqual({ outcome: 'denied' });
    expect(send).not.toHaveBeenCalled();
  });

  it('reports a background failure as a message', async () => {
    const fake = createFakeApi();
    const send = (async () => {
      throw new Error('Could not start the tutor');
    }) as unknown as Send;
    expect(await enableSite(fake.api, send, 'https://blog.example.org')).toEqual({ outcome: 'failed', error: 'Could not start the tutor' });
  });

  it('finds the tab the popup is about: the active tab, or ?tab= when opened in a tab of its own', async () => {
    const fake = createFakeApi({ tabs: { 1: 'https://x.com/', 12: 'https://blog.example.org/' } });
    expect(await targetTab(fake.api, '')).toEqual({ id: 1, url: 'https://x.com/' });
    expect(await targetTab(fake.api, '?tab=12')).toEqual({ id: 12, url: 'https://blog.example.org/' });
    expect(await targetTab(fake.api, '?tab=99')).toBeNull();
  });

  it('lists runtime-granted sites and hears about grants made anywhere', async () => {
    const fake = createFakeApi({ granted: ['https://b.example/*', 'https://a.example/*'] });
    expect(await grantedSites(fake.api)).toEqual(['https://a.example', 'https://b.example']);
    const seen = vi.fn();
    const stop = watchGrants(fake.api, seen);
    fake.browserGrants('https://c.example/*');
    fake.browserWithdraws('https://a.example/*');
    expect(seen).toHaveBeenCalledTimes(2);
    stop();
    fake.browserGrants('https://d.example/*');
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
