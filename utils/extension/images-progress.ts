import { browser, type Browser } from 'wxt/browser';
import type { ImagesProgress } from '../library/keep-images';
import { isCount, isId, isObject } from '../value-checks';

/** How far keeping an article's images has got, as the background tells the reader. */
export interface ImagesProgressNote extends ImagesProgress {
  type: 'images-progress';
  articleId: string;
}

export type ImagesProgressListener = (articleId: string, progress: ImagesProgress) => void;

function parseNote(value: unknown): ImagesProgressNote | null {
  if (!isObject(value) || value.type !== 'images-progress') return null;
  const { articleId, done, total } = value;
  return isId(articleId) && isCount(done) && isCount(total) && done <= total
    ? { type: 'images-progress', articleId, done, total }
    : null;
}

/**
 * Tells every page of the extension how far an article's images have got: the reader that saved
 * it shows the count. Nobody listening is no failure.
 */
export function broadcastImagesProgress(articleId: string, { done, total }: ImagesProgress): void {
  const note: ImagesProgressNote = { type: 'images-progress', articleId, done, total };
  browser.runtime.sendMessage(note).catch(() => {});
}

/** Calls `listener` with the background's progress notes (from the extension's worker only); returns how to stop. */
export function listenForImagesProgress(listener: ImagesProgressListener): () => void {
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    // The worker has no tab and no frame: a note from a page (or another extension) is not one.
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const note = parseNote(message);
    if (note) listener(note.articleId, note);
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
