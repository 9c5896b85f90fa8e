/** Whether `error` (or the error Dexie wrapped in it) is the browser refusing more storage. */
function isQuotaError(error: unknown): boolean {
  for (let e = error; e instanceof Object; e = (e as { inner?: unknown }).inner) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
  }
  return false;
}

/** One sentence for the reader about a write that did not happen; `what` names it ("the highlight"). */
export function storageErrorMessage(error: unknown, what: string): string {
  if (isQuotaError(error)) {
    return `The browser has no room left for Lucid Reader's library, so ${what} was not saved. Free some disk space or delete saved articles, then try again.`;
  }
  return `Lucid Reader could not save ${what}: the library could not be written. Nothing else was changed; try again.`;
}
