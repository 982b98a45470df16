/**
 * The WordPress instances global-setup.ts started, as the tests see them (passed through the environment, which
 * Playwright's workers inherit from the runner).
 */
export interface WordPressInstance {
  /** "6.5" or "6.7". */
  version: string;
  /** The exact WordPress version ("6.5.5", "6.7-alpha-58716"). */
  wpVersion: string;
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  admin: { user: string; password: string };
  seed: { postId: number; pendingCommentId: number; thanksCommentId: number; spamCommentId: number; attachmentId: number; categoryId: number };
}

export const ENV_KEY = 'SWT_WORDPRESS_INSTANCES';
/** The copy of the built extension the tests load (global-setup.ts makes it). */
export const EXTENSION_ENV_KEY = 'SWT_WORDPRESS_EXTENSION_DIR';

export function instances(): Record<string, WordPressInstance> {
  const raw = process.env[ENV_KEY];
  if (!raw) throw new Error(`${ENV_KEY} is not set: run these tests with -c tests/e2e/wordpress/playwright.config.ts (its global setup starts WordPress).`);
  return JSON.parse(raw) as Record<string, WordPressInstance>;
}

export function instance(version: string): WordPressInstance {
  const wp = instances()[version];
  if (!wp) throw new Error(`No WordPress ${version} was started.`);
  return wp;
}
