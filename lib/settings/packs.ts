/**
 * The trainer's imported tip packs in the `packs` setting: import (validated whole by the engine's one validator,
 * lib/tips/packs/schema.ts, before anything is stored), remove, and the short list the options page shows.
 */
import { PACK_MAX_BYTES, TOO_BIG, validatePack, type PackProblem } from '../tips/packs/schema';
import { packs } from './items';

export interface PackSummary {
  id: string;
  name: string;
  locale: string;
  tips: number;
}

/** Problems and warnings as message keys with their field paths: the page words them in the learner's language. */
export type PackImport =
  | { ok: true; name: string; replaced: boolean; warnings: PackProblem[] }
  | { ok: false; kind: 'json'; message: string }
  | { ok: false; kind: 'invalid'; problems: PackProblem[] };

/** Validates a pack file's text and stores the pack; a pack with the same id is replaced. Bad input stores nothing. */
export async function importPackText(text: string): Promise<PackImport> {
  if (text.length > PACK_MAX_BYTES) {
    return { ok: false, kind: 'invalid', problems: [TOO_BIG] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'json', message: error instanceof Error ? error.message : String(error) };
  }
  const result = validatePack(data);
  if (!result.ok) return { ok: false, kind: 'invalid', problems: result.problems };
  const current = await packs.getValue();
  const others = current.imported.filter((p) => idOf(p) !== result.pack.id);
  await packs.setValue({ ...current, imported: [...others, result.pack] });
  return { ok: true, name: result.pack.name, replaced: others.length !== current.imported.length, warnings: result.warningProblems };
}

export async function removeImportedPack(id: string): Promise<void> {
  const current = await packs.getValue();
  await packs.setValue({ ...current, imported: current.imported.filter((p) => idOf(p) !== id) });
}

export async function setBuiltinPacks(on: boolean): Promise<void> {
  const current = await packs.getValue();
  await packs.setValue({ ...current, builtinEnabled: on });
}

/** The list the options page shows. Stored data is not trusted: anything that is not a valid pack is left out. */
export function summarisePacks(imported: readonly unknown[]): PackSummary[] {
  return imported.flatMap((raw) => {
    const r = validatePack(raw);
    return r.ok ? [{ id: r.pack.id, name: r.pack.name, locale: r.pack.locale, tips: r.pack.tips.length }] : [];
  });
}

function idOf(pack: unknown): unknown {
  return typeof pack === 'object' && pack !== null ? (pack as { id?: unknown }).id : undefined;
}
