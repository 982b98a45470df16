/**
 * A small stand-in for @wxt-dev/storage's `storage.defineItem`, used by the content-script builds only (wxt.config.ts
 * points their `@wxt-dev/storage` import here). lib/settings/items.ts stays the one definition of every setting;
 * content scripts just skip ~3 kB gzip of storage features they never use (snapshots, bulk calls, the other areas'
 * drivers, locks) — issue 4 gives each content script 35 kB.
 *
 * Same storage layout and the same behaviour for everything an item does: the value under its key in the area, its
 * metadata under `key$`, the fallback for a missing value, migrations run once when the item is defined (every read
 * and write waits for them), a first write of a versioned item also records its version, and watchers hear real
 * changes only. tests/unit/settings/storage-lite.test.ts runs the same scenarios against this and the library.
 */
import { browser } from 'wxt/browser';
import type { WxtStorage, WxtStorageItem, WxtStorageItemOptions } from '@wxt-dev/storage';

type Change = { oldValue?: unknown; newValue?: unknown };
interface AreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  onChanged: { addListener(cb: (changes: Record<string, Change>) => void): void; removeListener(cb: (changes: Record<string, Change>) => void): void };
}
type Meta = Record<string, unknown>;

/** JSON-shaped deep equality: storage holds JSON-compatible values only. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && same((a as Meta)[k], (b as Meta)[k]));
}

const metaOf = (x: unknown): Meta => (x != null && typeof x === 'object' && !Array.isArray(x) ? (x as Meta) : {});

function defineItem<T>(key: string, opts: WxtStorageItemOptions<T> = {}): WxtStorageItem<T, Meta> {
  const colon = key.indexOf(':');
  const areaName = key.slice(0, colon);
  const k = key.slice(colon + 1);
  const metaKey = `${k}$`;
  // Read when used, never at module scope (items are defined when lib/settings/items is imported).
  const area = (): AreaLike => {
    const a = (browser.storage as unknown as Record<string, AreaLike | undefined>)[areaName];
    if (!a) throw new Error(`browser.storage.${areaName} is not available here ("${key}")`);
    return a;
  };
  const fallback = () => (opts.fallback ?? opts.defaultValue ?? null) as T;
  const read = async (name: string) => (await area().get(name))[name];
  const write = async (name: string, value: unknown) => {
    if (value == null) await area().remove(name);
    else await area().set({ [name]: value });
  };
  const version = opts.version ?? 1;
  if (version < 1) throw new Error('Storage item version cannot be less than 1. Initial versions should be set to 1, not 0.');

  let needsVersionSet = false;
  const migrate = async () => {
    const got = await area().get([k, metaKey]);
    const value = got[k] ?? null;
    const meta = metaOf(got[metaKey]);
    needsVersionSet = value == null && meta.v == null;
    if (value == null) return;
    const current = typeof meta.v === 'number' ? meta.v : 1;
    if (current > version) throw new Error(`Version downgrade detected (v${current} -> v${version}) for "${key}"`);
    let migrated = value;
    for (let v = current + 1; v <= version; v++) migrated = (await opts.migrations?.[v]?.(migrated)) ?? migrated;
    if (current === version) return;
    await area().set({ [k]: migrated, [metaKey]: { ...meta, v: version } });
    opts.onMigrationComplete?.(migrated as T, version);
  };
  const ready = opts.migrations == null ? Promise.resolve() : migrate().catch((e) => console.error(`[storage] Migration failed for ${key}`, e));
  let initialised: Promise<T> | undefined;
  const getOrInit = () =>
    (initialised ??= (async () => {
      const value = (await read(k)) as T | undefined;
      if (value != null || opts.init == null) return value as T;
      const fresh = await opts.init();
      await write(k, fresh);
      if (version > 1) await area().set({ [metaKey]: { ...metaOf(await read(metaKey)), v: version } });
      return fresh;
    })());
  void ready.then(() => (opts.init ? getOrInit() : undefined));

  const watchKey = (name: string, cb: (n: unknown, o: unknown) => void) => {
    const listener = (changes: Record<string, Change>) => {
      const c = changes[name];
      if (c == null || same(c.newValue, c.oldValue)) return;
      cb(c.newValue ?? null, c.oldValue ?? null);
    };
    area().onChanged.addListener(listener);
    return () => area().onChanged.removeListener(listener);
  };
  const setMeta = async (properties: Meta) => {
    const next = { ...metaOf(await read(metaKey)) };
    for (const [p, v] of Object.entries(properties)) if (v == null) delete next[p]; else next[p] = v;
    await area().set({ [metaKey]: next });
  };

  return {
    key: key as WxtStorageItem<T, Meta>['key'],
    get defaultValue() {
      return fallback();
    },
    get fallback() {
      return fallback();
    },
    async getValue() {
      await ready;
      if (opts.init) return getOrInit();
      return ((await read(k)) ?? fallback()) as T;
    },
    async getMeta() {
      await ready;
      return metaOf(await read(metaKey));
    },
    async setValue(value) {
      await ready;
      if (needsVersionSet) {
        needsVersionSet = false;
        await Promise.all([write(k, value), setMeta({ v: version })]);
      } else await write(k, value);
    },
    async setMeta(properties) {
      await ready;
      await setMeta(properties as Meta);
    },
    async removeValue(o) {
      await ready;
      await area().remove(o?.removeMeta ? [k, metaKey] : k);
    },
    async removeMeta(properties) {
      await ready;
      if (properties == null) await area().remove(metaKey);
      else await setMeta(Object.fromEntries(properties.map((p) => [p, null])));
    },
    watch: (cb) => watchKey(k, (n, o) => cb((n ?? fallback()) as T, (o ?? fallback()) as T)),
    watchMeta: (cb) => watchKey(metaKey, (n, o) => cb(metaOf(n), metaOf(o))),
    migrate,
  };
}

/** Only `defineItem`: the rest of @wxt-dev/storage is not needed by code that runs in content scripts. */
export const storage = { defineItem } as unknown as Pick<WxtStorage, 'defineItem'>;
