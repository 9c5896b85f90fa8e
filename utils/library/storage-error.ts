import { i18n } from '#i18n';

/** Whether `error` (or the error Dexie wrapped in it) is the browser refusing more storage. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error; e instanceof Object; e = (e as { inner?: unknown }).inner) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
  }
  return false;
}

/** One sentence for the reader about a write that did not happen; `what` names it ("the highlight"). */
export function storageErrorMessage(error: unknown, what: string): string {
  return i18n.t(isQuotaError(error) ? 'library.quota' : 'library.writeFailed', [what]);
}
