/**
 * Conventions enforced by tests, not reviewers (DESIGN.md, style 5). Each rule here is a line of DESIGN.md.
 * When the structure grows, extend this file rather than leave a rule to memory.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const rel = (p: string) => relative(ROOT, p).split('\\').join('/');
const parsed = new Map<string, ts.SourceFile>();
/** Parsed once per file: several rules walk the same sources. */
const source = (file: string): ts.SourceFile => {
  let sf = parsed.get(file);
  if (!sf) parsed.set(file, (sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)));
  return sf;
};

/** Relative import specifiers of a file, resolved to repo paths; `typeOnly` marks `import type`. */
function imports(file: string): { target: string; typeOnly: boolean; spec: string }[] {
  const sf = source(file);
  const out: { target: string; typeOnly: boolean; spec: string }[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    if (spec.startsWith('.')) out.push({ target: rel(resolve(dirname(file), spec)), typeOnly, spec });
    else if (spec.startsWith('@/') || spec.startsWith('~/')) out.push({ target: spec.slice(2), typeOnly, spec });
  };
  sf.forEachChild((node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, !!node.importClause?.isTypeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    }
  });
  return out;
}

const lib = walk(join(ROOT, 'lib'));
const components = walk(join(ROOT, 'components'));
const entrypoints = walk(join(ROOT, 'entrypoints'));

describe('layout', () => {
  it('keeps the fixed top level', () => {
    const allowed = new Set([
      'entrypoints', 'components', 'lib', 'assets', 'tests', 'scripts', 'wxt.config.ts', 'package.json',
      'package-lock.json', 'tsconfig.json', 'README.md', 'node_modules', '.output', '.wxt', '.git', '.ci',
      '.gitignore', 'test-results', 'playwright-report', '.tmp', 'demo-screenshots',
    ]);
    const extra = readdirSync(ROOT).filter((n) => !allowed.has(n));
    expect(extra, 'unexpected files at the top level').toEqual([]);
  });
});

describe('arrows point down: entrypoints → components → lib', () => {
  it('lib imports neither components nor entrypoints', () => {
    const bad = lib.flatMap((f) =>
      imports(f).filter((i) => i.target.startsWith('components/') || i.target.startsWith('entrypoints/')).map((i) => `${rel(f)} → ${i.spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('components import no entrypoint', () => {
    const bad = components.flatMap((f) => imports(f).filter((i) => i.target.startsWith('entrypoints/')).map((i) => `${rel(f)} → ${i.spec}`));
    expect(bad).toEqual([]);
  });

  it('an entrypoint imports no other entrypoint', () => {
    const bad = entrypoints.flatMap((f) => {
      const own = rel(f).split('/').slice(0, 2).join('/').replace(/\.(ts|tsx)$/, '');
      return imports(f)
        .filter((i) => i.target.startsWith('entrypoints/') && !i.target.startsWith(own))
        .map((i) => `${rel(f)} → ${i.spec}`);
    });
    expect(bad).toEqual([]);
  });

  it('lib/checks, lib/dom and lib/messaging/protocol depend on nothing of ours (type-only imports allowed in protocol)', () => {
    const leaves = lib.filter((f) => /^lib\/(checks|dom)\//.test(rel(f)) || rel(f) === 'lib/messaging/protocol.ts');
    const bad = leaves.flatMap((f) => {
      const area = rel(f).startsWith('lib/messaging') ? 'lib/messaging/protocol' : rel(f).split('/').slice(0, 2).join('/');
      return imports(f)
        .filter((i) => !i.target.startsWith(area))
        .filter((i) => !(rel(f) === 'lib/messaging/protocol.ts' && i.typeOnly))
        .map((i) => `${rel(f)} → ${i.spec}`);
    });
    expect(bad).toEqual([]);
  });

  it('components make no browser.* calls (props in, callbacks out)', () => {
    const bad = components.filter((f) => /\b(browser|chrome)\.[a-z]+\./.test(readFileSync(f, 'utf8'))).map(rel);
    expect(bad).toEqual([]);
  });
});

/** Does this node, outside any function body, mention browser.* or chrome.*? */
function moduleScopeBrowserUses(file: string): string[] {
  const sf = source(file);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) || ts.isClassDeclaration(node) || ts.isClassExpression(node)) return;
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && ['browser', 'chrome'].includes(node.expression.text)) {
      found.push(`${rel(file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    node.forEachChild(visit);
  };
  sf.forEachChild((n) => {
    if (ts.isImportDeclaration(n) || ts.isTypeAliasDeclaration(n) || ts.isInterfaceDeclaration(n)) return;
    visit(n);
  });
  return found;
}

describe('no browser.* at module scope', () => {
  it('in lib/ and components/ (importing a module must not touch extension APIs)', () => {
    expect([...lib, ...components].flatMap(moduleScopeBrowserUses)).toEqual([]);
  });
});

describe('pages we do not own', () => {
  it('no HTML from strings in our code (tips and packs render as text)', () => {
    const bad = [...lib, ...components, ...entrypoints]
      .filter((f) => /\binnerHTML\b|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write\(|outerHTML\s*=/.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(bad).toEqual([]);
  });
});

describe('site adapters', () => {
  const shared = new Set(['types', 'index', 'registry']);
  const adapters = readdirSync(join(ROOT, 'lib/sites'))
    .filter((n) => /\.ts$/.test(n))
    .map((n) => basename(n, '.ts'))
    .filter((n) => !shared.has(n) && !n.endsWith('-shared') && !n.endsWith('.test'));

  it('every site kind of the practice log has its adapter file', async () => {
    const { SITE_KINDS } = await import('../../lib/practice/schema');
    const missing = SITE_KINDS.map((k) => k.replace('.', '-')).filter((k) => !adapters.includes(k));
    expect(missing).toEqual([]);
  });

  it.each(adapters)('%s declares its id = file name, with defineSite', (name) => {
    const text = readFileSync(join(ROOT, 'lib/sites', `${name}.ts`), 'utf8');
    expect(text).toMatch(/defineSite\(/);
    expect(text).toMatch(new RegExp(`id:\\s*'${name}'`));
  });

  it.each(adapters.filter((n) => n !== 'sandbox'))('%s has committed HTML fixtures', (name) => {
    const dir = join(ROOT, 'tests/fixtures/html', name);
    expect(existsSync(dir), `tests/fixtures/html/${name}/ is missing`).toBe(true);
    // Fixtures may sit in version subfolders (tests/fixtures/html/wordpress/6.5/…).
    const html = (d: string): number =>
      readdirSync(d).reduce((n, name) => {
        const p = join(d, name);
        return n + (statSync(p).isDirectory() ? html(p) : name.endsWith('.html') ? 1 : 0);
      }, 0);
    expect(html(dir)).toBeGreaterThan(0);
  });
});

describe('tests', () => {
  it('nothing is focused with .only', () => {
    const files = walk(join(ROOT, 'tests')).filter((f) => !f.endsWith('conventions.test.ts'));
    const bad = files.filter((f) => /\b(it|test|describe)\.only\(/.test(readFileSync(f, 'utf8'))).map(rel);
    expect(bad).toEqual([]);
  });
});
