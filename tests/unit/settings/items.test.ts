import { storage } from '@wxt-dev/storage';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import * as items from '../../../lib/settings/items';
import { SETTINGS } from '../../../lib/settings/items';

describe('settings conventions', () => {
  it('declares every exported item through defineSetting (so it is versioned and listed)', () => {
    const exported = (Object.values(items) as unknown[]).filter(
      (x): x is { key: string } => typeof x === 'object' && x !== null && 'watch' in x,
    );
    expect(exported.map((i) => i.key).sort()).toEqual(SETTINGS.map((s) => s.key).sort());
    expect(exported.length).toBeGreaterThanOrEqual(11);
  });

  it('gives every item a unique local: key and a version ≥ 1 with a migration for every step', () => {
    const keys = SETTINGS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of SETTINGS) {
      expect(s.key).toMatch(/^local:[a-zA-Z]+$/);
      expect(s.version).toBeGreaterThanOrEqual(1);
      const steps = Array.from({ length: s.version - 1 }, (_, i) => i + 2);
      expect(s.migrations, s.key).toEqual(steps);
    }
  });

  it('returns the documented fallbacks on a fresh profile', async () => {
    expect(await items.tipLevel.getValue()).toBe('more');
    expect(await items.locale.getValue()).toBe('en');
    expect(await items.preElection.getValue()).toBeNull();
    expect(await items.privacy.getValue()).toEqual({ recordPath: false, retentionMonths: 0 });
    expect(await items.packs.getValue()).toEqual({ builtinEnabled: true, imported: [] });
    expect(await items.profile.getValue()).toMatchObject({ role: 'learner', learnerId: '' });
  });
});

describe('settings are read live', () => {
  it('a watcher in another context sees a change without re-reading (what content scripts rely on)', async () => {
    const seen: string[] = [];
    const unwatch = items.tipLevel.watch((next) => seen.push(next));
    await items.tipLevel.setValue('off');
    await vi.waitFor(() => expect(seen).toEqual(['off']));
    // The storage area itself carries the change: that is what reaches other pages and content scripts.
    expect((await browser.storage.local.get('tipLevel')).tipLevel).toBe('off');
    unwatch();
  });
});

describe('feedbackUnread: a flag before version 2, a count since', () => {
  it.each([
    [true, 1],
    [false, 0],
  ])('migrates a stored %s to %i', async (old, count) => {
    await browser.storage.local.set({ feedbackUnread: old, feedbackUnread$: { v: 1 } });
    await items.feedbackUnread.migrate();
    expect(await items.feedbackUnread.getValue()).toBe(count);
    expect(await items.feedbackUnread.getMeta()).toEqual({ v: 2 });
  });

  it('reads any stored shape as a count', () => {
    expect([3, 2.7, 0, -1, Number.NaN, true, false, null, 'yes'].map(items.unreadCount)).toEqual([3, 2, 0, 0, 0, 1, 0, 0, 0]);
  });
});

describe('how a migration is written and tested (the pattern for the next shape change)', () => {
  it('seeds the old shape, runs the migration and reads the new one intact', async () => {
    // Version 1 stored a bare boolean; version 2 stores an object. Seed v1 as an older build would have left it.
    await browser.storage.local.set({ demoSetting: true, demoSetting$: { v: 1 } });
    const item = storage.defineItem<{ on: boolean; since: number }>('local:demoSetting', {
      fallback: { on: false, since: 0 },
      version: 2,
      migrations: { 2: (old: boolean) => ({ on: old, since: 0 }) },
    });
    await item.migrate();
    expect(await item.getValue()).toEqual({ on: true, since: 0 });
    expect(await item.getMeta()).toEqual({ v: 2 });
  });
});
