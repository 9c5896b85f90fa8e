import type { ContentPicker } from './content-picker';
import type { ReaderOverlay } from './reader-overlay';

// What the extension's content scripts share on a page: the isolated world's globals, which the
// page cannot see or touch, and which every script of the extension injected there shares. The
// frame's script shows the reader, the extractor's serves it, and the shortcut closes a reader
// whichever script opened it.
declare global {
  /** The reader over this page, while it is open. */
  var lucidReaderOverlay: ReaderOverlay | undefined;
  /** The open reader whose article this page's extractor gives (see reader-on-page.ts). */
  var lucidReaderServed: ReaderOverlay | undefined;
  /** Pointing at the article ("Wrong part?"), between the reader closing and opening again. */
  var lucidReaderPicker: ContentPicker | undefined;
}
