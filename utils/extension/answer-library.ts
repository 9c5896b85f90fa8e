import { storageErrorMessage } from '../library/storage-error';

/** The answer to a library message: done (with what was asked for) or why not, in one sentence. */
export type LibraryReply<T extends object = object> = ({ ok: true } & T) | { ok: false; message: string };

/** A library message refused before it reached the library. */
export const refusal = (message: string): LibraryReply<never> => ({ ok: false, message });

/**
 * Reads or writes the library for the reader. Returns `{ ok: true }` with what `action` gave; a
 * failure is logged and answered with `failure(error)`, never thrown.
 */
export async function answerLibrary<T extends object>(
  action: () => Promise<T>,
  failure: (error: unknown) => string,
): Promise<LibraryReply<T>> {
  try {
    return { ok: true, ...(await action()) };
  } catch (error) {
    console.error('Lucid Reader: library', error);
    return { ok: false, message: failure(error) };
  }
}

/** Like `answerLibrary`, for a write whose result the reader does not need: the answer is `{ ok: true }`. */
export function answerWrite(write: () => Promise<unknown>, failure: (error: unknown) => string): Promise<LibraryReply> {
  return answerLibrary(() => write().then(() => ({})), failure);
}

/** The sentence for a write that failed: `what` names what was not kept ("the highlight"). */
export const writeFailed = (what: () => string) => (error: unknown) => storageErrorMessage(error, what());
