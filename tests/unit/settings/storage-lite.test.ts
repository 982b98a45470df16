/**
 * lib/settings/storage-lite.ts stands in for @wxt-dev/storage's defineItem in content scripts (wxt.config.ts). The
 * same scenarios run against both, on the same fake browser storage, and must end in the same values, the same
 * stored layout and the same watch calls — so a setting read or written by a content script is the one the options
 * page and the background see.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage as library } from '@wxt-dev/storage';
import { storage as lite } from '@/lib/settings/storage-lite';
import * as items from '@/lib/settings/items';

const impls = { library, lite } as const;
let n = 0;
/** A fresh key per scenario and implementation: the library keeps per-item state (its migrations) for ever. */
const fresh = (name: string) => `local:${name}-${++n}` as const;
const stored = async () => fakeBrowser.storage.local.get();
const tick = () => new Promise((r) => setTimeout(r, 0));

async function scenario(impl: (typeof impls)[keyof typeof impls]) {
  const logged: unknown[] = [];
  // Copies: the fake storage hands out its own objects (a real browser clones), which later calls may change.
  const log = { push: (entry: unknown) => logged.push(structuredClone(entry)) };
  const key = fresh('plain');
  const item = impl.defineItem<{ a: number[] } | null>(key, { fallback: { a: [] }, version: 1 });
  log.push(['fallback', item.fallback, await item.getValue()]);
  const stop = item.watch((next, prev) => log.push(['watch', next, prev]));
  await item.setValue({ a: [1] });
  await tick();
  // The same value written again is no change: no watch call.
  await fakeBrowser.storage.local.set({ [key.slice(6)]: { a: [1] } });
  await tick();
  await item.setValue({ a: [1, 2] });
  await tick();
  log.push(['read', await item.getValue()]);
  await item.removeValue();
  await tick();
  log.push(['removed', await item.getValue()]);
  stop();
  await item.setValue({ a: [3] });
  await tick();
  await item.setMeta({ note: 'x' } as never);
  log.push(['meta', await item.getMeta()]);
  await item.removeMeta(['note']);
  log.push(['meta removed', await item.getMeta()]);
  return logged;
}

async function migration(impl: (typeof impls)[keyof typeof impls]) {
  const key = fresh('migrated');
  const raw = key.slice(6);
  // Stored by version 1 (no metadata: the library writes none for a first version).
  await fakeBrowser.storage.local.set({ [raw]: 'more' });
  const item = impl.defineItem<{ amount: string }>(key, {
    fallback: { amount: 'fewer' },
    version: 3,
    migrations: { 2: (old: string) => ({ level: old }), 3: (old: { level: string }) => ({ amount: old.level }) },
  });
  const value = await item.getValue();
  const all = await stored();
  return { value, stored: all[raw], meta: all[`${raw}$`] };
}

async function firstWriteOfVersioned(impl: (typeof impls)[keyof typeof impls]) {
  const key = fresh('versioned');
  const raw = key.slice(6);
  const item = impl.defineItem<number>(key, { fallback: 0, version: 2, migrations: { 2: (x: number) => x } });
  await item.setValue(5);
  const all = await stored();
  return { value: all[raw], meta: all[`${raw}$`] };
}

describe('storage-lite behaves like @wxt-dev/storage for an item', () => {
  it('fallback, reads, writes, removal, real-change-only watch calls and metadata', async () => {
    const a = await scenario(library);
    const b = await scenario(lite);
    expect(b).toEqual(a);
    // And what that is, so an equal mistake in both cannot pass unseen.
    expect(a).toEqual([
      ['fallback', { a: [] }, { a: [] }],
      ['watch', { a: [1] }, { a: [] }],
      ['watch', { a: [1, 2] }, { a: [1] }],
      ['read', { a: [1, 2] }],
      ['watch', { a: [] }, { a: [1, 2] }],
      ['removed', { a: [] }],
      ['meta', { note: 'x' }],
      ['meta removed', {}],
    ]);
  });

  it('runs migrations step by step once and records the version', async () => {
    const a = await migration(library);
    const b = await migration(lite);
    expect(b).toEqual(a);
    expect(a).toEqual({ value: { amount: 'more' }, stored: { amount: 'more' }, meta: { v: 3 } });
  });

  it('records the version with the first write of a versioned item', async () => {
    const a = await firstWriteOfVersioned(library);
    expect(await firstWriteOfVersioned(lite)).toEqual(a);
    expect(a).toEqual({ value: 5, meta: { v: 2 } });
  });

  it('reads what the real items wrote (same keys, same layout)', async () => {
    await items.tipLevel.setValue('fewer');
    await items.tipChoices.setValue({ 't.a': { never: true } });
    const tipLevel = lite.defineItem(items.tipLevel.key, { fallback: items.tipLevel.fallback, version: 1 });
    const tipChoices = lite.defineItem(items.tipChoices.key, { fallback: items.tipChoices.fallback, version: 1 });
    expect(await tipLevel.getValue()).toBe('fewer');
    expect(await tipChoices.getValue()).toEqual({ 't.a': { never: true } });
  });

  it('says which area is missing rather than failing obscurely', async () => {
    const item = lite.defineItem('managed:x' as never, { fallback: 1 });
    const original = (fakeBrowser.storage as unknown as Record<string, unknown>).managed;
    (fakeBrowser.storage as unknown as Record<string, unknown>).managed = undefined;
    try {
      await expect(item.getValue()).rejects.toThrow('browser.storage.managed is not available here ("managed:x")');
    } finally {
      (fakeBrowser.storage as unknown as Record<string, unknown>).managed = original;
    }
  });
});

describe('what content scripts get from it', () => {
  it('is all lib/settings/items.ts uses of the library (storage.defineItem), so the swap in wxt.config.ts is complete', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../../lib/settings/items.ts', import.meta.url), 'utf8');
    const used = new Set([...source.matchAll(/\bstorage\.(\w+)\s*[(<]/g)].map((m) => m[1]));
    expect([...used]).toEqual(['defineItem']);
  });
});
