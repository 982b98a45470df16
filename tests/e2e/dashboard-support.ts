/** Playwright helpers shared by the dashboard's end-to-end tests. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from './fixtures';

/** Where the dashboard's end-to-end tests leave screenshots and the report PDF, for people to look at (never compared). Outside test-results/, which every Playwright run empties. */
export const SHOTS = join(ROOT, '.tmp/dashboard-shots');
mkdirSync(SHOTS, { recursive: true });

/** The extension pages' `chrome` global (no @types/chrome in this project). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<any> } };

/** Sends actions to the background in batches of 500, as the content scripts' outbox does; returns how many were stored. */
export async function record(page: Page, actions: unknown[]): Promise<number> {
  return page.evaluate(async (all) => {
    let stored = 0;
    for (let i = 0; i < all.length; i += 500) {
      const reply = await chrome.runtime.sendMessage({ sw: 1, type: 'log.recordBatch', payload: { actions: all.slice(i, i + 500) } });
      if (!reply?.ok) throw new Error(`recordBatch failed: ${JSON.stringify(reply)}`);
      stored += reply.value.results.filter((r: { stored: boolean }) => r.stored).length;
    }
    return stored;
  }, actions);
}
