/**
 * The built-in tip packs: every JSON file in lib/tips/packs/<locale>/ is one pack (generic writing tips,
 * WordPress tips, social tips…), so each area's tips live in their own file. Each file is a complete pack in the
 * import format, checked by the same validator as a trainer's pack (tests/unit/tips/packs.test.ts).
 */
import type { TipPack } from '../types';

const files = import.meta.glob<TipPack>('./*/*.json', { eager: true, import: 'default' });

/** Built-in packs in a stable order (by path). */
export const BUILTIN_PACKS: readonly TipPack[] = Object.keys(files)
  .sort()
  .map((path) => files[path]!);

/** The paths the built-in packs came from, for tests and error messages. */
export const BUILTIN_PACK_FILES: readonly string[] = Object.keys(files).sort();
