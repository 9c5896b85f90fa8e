import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/utils/extension/handle-message';
import type { LibraryDb } from '@/utils/library/library-db';
import { libraryThroughMessages, type ReaderLibrary } from '@/utils/extension/message-client';

/** The reader frame as the background sees it. */
export const READER_SENDER = {
  id: fakeBrowser.runtime.id,
  url: 'chrome-extension://dynamic-session-id/reader.html',
  tab: { id: 12 } as never,
  frameId: 4,
};

/** The library as the reader gets it in the extension: messages answered by the background's handler. */
export function readerLibrary(db: LibraryDb): ReaderLibrary {
  return libraryThroughMessages((message) => handleMessage(structuredClone(message), READER_SENDER, db));
}
