/** Errors the log reports to its callers with a code the message protocol understands and words a learner can act on. */
export type LogErrorCode = 'quota' | 'invalid' | 'failed';

export class LogError extends Error {
  constructor(
    message: string,
    readonly code: LogErrorCode = 'failed',
  ) {
    super(message);
    this.name = 'LogError';
  }
}

export const QUOTA_MESSAGE =
  "There is no room left in this browser's storage for the practice log, so nothing from this change was saved. " +
  'Free some disk space (or export your log and delete old entries), then try again.';

function isQuota(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (e as { inner?: unknown } | null)?.inner !== undefined && isQuota((e as { inner: unknown }).inner);
}

/**
 * Maps what IndexedDB threw (or the transaction's error after an abort) to a LogError.
 * A quota error can surface on a request or only when the transaction commits, as the transaction's error.
 */
export function toLogError(error: unknown, txError?: DOMException | null): LogError {
  if (error instanceof LogError) return error;
  if (isQuota(error) || isQuota(txError)) return new LogError(QUOTA_MESSAGE, 'quota');
  const text = error instanceof Error ? error.message : String(error);
  return new LogError(`The practice log could not be saved: ${text}`, 'failed');
}
