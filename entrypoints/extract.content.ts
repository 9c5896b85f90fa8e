import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '@/utils/extract/extract-article';
import { parseContentMessage } from '@/utils/messages';
import { openReaderOverlay, type OverlayToggle, type ReaderOverlay } from '@/utils/reader-overlay';

// Injected on demand (toolbar or shortcut), never declared for any page. Each injection toggles:
// the open overlay lives in this isolated world's globals, which the page cannot see or touch.
declare global {
  var lucidReaderOverlay: ReaderOverlay | undefined;
}

/** Answers the background while the reader is open: the article on request, and closing. */
function onMessage(raw: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) {
  const message = sender.id === browser.runtime.id ? parseContentMessage(raw) : null;
  if (message?.type === 'extract') {
    sendResponse(extractArticle(document, location.href, { force: message.force }));
  } else if (message?.type === 'close') {
    globalThis.lucidReaderOverlay?.close();
    sendResponse(true);
  }
}

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true,
  main(): OverlayToggle {
    const open = globalThis.lucidReaderOverlay;
    if (open) {
      open.close();
      return 'closed';
    }
    if (document.contentType === 'application/pdf') return 'pdf';

    browser.runtime.onMessage.addListener(onMessage);
    globalThis.lucidReaderOverlay = openReaderOverlay(document, browser.runtime.getURL('/reader.html'), () => {
      browser.runtime.onMessage.removeListener(onMessage);
      globalThis.lucidReaderOverlay = undefined;
    });
    return 'opened';
  },
});
