// Bundles the shipped outbox and client (lib/messaging) into one script that a test or bench evaluates inside the
// extension's own content-script world on a served page (CDP Runtime.evaluate with that world's context id), or in an
// extension page (the bench's import and export run the pages' own transfer code, lib/messaging/transfer.ts). Nothing test-only is built into the extension: this is the same source, bundled here, with
// `wxt/browser` resolved to webextension-polyfill exactly as the extension's build does.
import type { CDPSession } from '@playwright/test';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));


/** The harness source: defines globalThis.__swtHarness = { createOutbox, send, exportFile, importFile }. */
/** `root`: the repository (give it when this file runs bundled elsewhere, as the bench runner does). */
export async function harnessSource(root = ROOT): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { createOutbox } from './lib/messaging/outbox';
        import { send } from './lib/messaging/client';
        import { exportFile, importFile } from './lib/messaging/transfer';
        globalThis.__swtHarness = { createOutbox, send, exportFile, importFile };
      `,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'wxt-browser',
        setup(b: import('esbuild').PluginBuild) {
          b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: 'wxt-browser', namespace: 'shim' }));
          b.onLoad({ filter: /.*/, namespace: 'shim' }, () => ({
            contents: "import b from 'webextension-polyfill'; export const browser = b;",
            resolveDir: root,
            loader: 'js',
          }));
        },
      },
    ],
  });
  return result.outputFiles[0]!.text;
}

interface ExecutionContext {
  id: number;
  name: string;
  origin?: string;
  auxData?: { type?: string };
}

/** Finds the extension's isolated world (its content script) in a page through CDP; `cdp` is fresh (before Runtime.enable). */
export async function contentScriptWorld(cdp: CDPSession, extensionId: string, timeoutMs = 15_000): Promise<number> {
  const worlds: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const started = Date.now();
  for (;;) {
    const world = worlds.find((c) => c.auxData?.type === 'isolated' && (c.origin ?? '').includes(extensionId));
    if (world) return world.id;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`No content-script world of ${extensionId} appeared; contexts seen: ${JSON.stringify(worlds.map((c) => [c.name, c.origin, c.auxData?.type]))}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Evaluates an expression in a CDP execution context and returns its (awaited) value. */
export async function evaluateIn(cdp: CDPSession, contextId: number, expression: string): Promise<unknown> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(`In the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value;
}
