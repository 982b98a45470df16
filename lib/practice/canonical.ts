/**
 * Canonical JSON: object keys sorted (by UTF-16 code units, as Array.prototype.sort does), no whitespace,
 * undefined members left out — so a checksum depends on the content only, not on key order or formatting.
 *
 * Built as "sort, then one JSON.stringify": V8's stringify is several times faster than assembling the text by
 * hand, and `canonicalize` copies only objects whose keys are out of order. Entries the log stores are already in
 * canonical order (schema.ts, store.ts, db.ts v3), so an export skips even the check (export.ts buildPracticeBlob).
 */

function inOrder(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}

/** The same value with every object's keys in sorted order; returns the input itself where nothing changes. */
export function canonicalize<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const next = item === undefined ? null : canonicalize(item);
      if (next !== item && !out) out = value.slice(0, i);
      if (out) out.push(next);
    }
    return (out ?? value) as T;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  let changed = !inOrder(keys);
  const values = new Array<unknown>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const item = obj[keys[i]!];
    const next = item === undefined ? undefined : canonicalize(item);
    if (next !== item || item === undefined) changed = true;
    values[i] = next;
  }
  if (!changed) return value;
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const i of order) {
    if (values[i] === undefined) continue;
    // A "__proto__" own key (JSON.parse makes them) must stay data, never become the prototype.
    if (keys[i] === '__proto__') Object.defineProperty(out, '__proto__', { value: values[i], enumerable: true, writable: true, configurable: true });
    else out[keys[i]!] = values[i];
  }
  return out as T;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalize(value)) ?? 'null';
}

export function sha256Hex(text: string): Promise<string> {
  return sha256HexOfBytes(new TextEncoder().encode(text));
}

/** Hex SHA-256 of bytes already encoded (an export hashes the very bytes it saves). */
export async function sha256HexOfBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of digest) hex += (b < 16 ? '0' : '') + b.toString(16);
  return hex;
}
