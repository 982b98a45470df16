/**
 * The catalogues cover what the product shows: every screen an adapter recognises has a name for the popup, and
 * every literal message key used by the popup, options and overlay code exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/catalogues/en';
import { SITE_KINDS } from '../../../lib/practice/schema';

const ROOT = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  const abs = join(ROOT, dir);
  let names: string[];
  try {
    names = readdirSync(abs);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return sourceFiles(join(dir, name));
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('catalogue coverage', () => {
  it('names every screen every site adapter recognises (the popup says "Recognised: …")', async () => {
    const modules = import.meta.glob<Record<string, unknown>>('../../../lib/sites/*.ts', { eager: true });
    const contexts = new Set<string>();
    for (const mod of Object.values(modules)) {
      for (const value of Object.values(mod)) {
        const adapter = value as { id?: unknown; contexts?: unknown; detect?: unknown };
        if (typeof adapter?.id === 'string' && typeof adapter.detect === 'function' && adapter.contexts && typeof adapter.contexts === 'object') {
          for (const id of Object.keys(adapter.contexts)) contexts.add(id);
        }
      }
    }
    expect(contexts.size).toBeGreaterThan(10);
    const missing = [...contexts].filter((id) => !(`context.${id}` in en)).sort();
    expect(missing).toEqual([]);
  });

  it('names every site kind', () => {
    expect(SITE_KINDS.filter((kind) => !(`site.kind.${kind}` in en))).toEqual([]);
  });

  it('has every literal key used by the popup, options and overlay code', () => {
    const files = ['components/popup', 'components/options', 'components/overlay', 'lib/overlay', 'entrypoints/popup', 'entrypoints/options'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(0);
    const unknown: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'((?:popup|options|overlay|common|check)\.[a-zA-Z0-9.-]+)'/g)) {
        if (!(m[1]! in en)) unknown.push(`${file.slice(ROOT.length + 1)}: ${m[1]}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('uses every popup and options message somewhere (no dead words to translate)', () => {
    const text = ['components/popup', 'components/options', 'entrypoints/popup', 'entrypoints/options']
      .flatMap(sourceFiles)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(en).filter((key) => /^(popup|options)\./.test(key) && !text.includes(`'${key}'`) && !text.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });
});
