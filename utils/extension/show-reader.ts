import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { parseContentMessage } from './content-messages';
import { isExtensionLoaded, whenExtensionGone } from './extension-gone';
import { openReaderOverlay, type OverlayToggle, type ReaderOverlay } from './reader-overlay';
import { showUpdateNotice } from './update-notice';

// The reader's frame on a page: what the toolbar and the shortcut inject first, small, so that the
// frame starts loading (and covers the page) before the extractor's code has even been read. The
// extractor comes next and gives the frame its article (reader-on-page.ts).

/**
 * Shows the reader over the page as the one open reader, closed by the background's "close" too.
 * Should the extension go away under it (updated, reloaded), its frame dies: a notice takes its place.
 */
export function showReader(): ReaderOverlay {
  // Read now: once the extension is updated under the open reader, this script has no locales.
  const updated = { notice: i18n.t('updated.notice'), close: i18n.t('updated.close') };
  const overlay = openReaderOverlay(document, browser.runtime.getURL('/reader.html'));
  const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id || parseContentMessage(raw)?.type !== 'close') return;
    overlay.close();
    sendResponse(true);
  };
  browser.runtime.onMessage.addListener(onMessage);
  const stopWatching = whenExtensionGone(() => {
    overlay.close();
    showUpdateNotice(document, updated);
  });
  overlay.whenClosed(() => {
    stopWatching();
    if (isExtensionLoaded()) browser.runtime.onMessage.removeListener(onMessage);
    globalThis.lucidReaderOverlay = undefined;
  });
  globalThis.lucidReaderOverlay = overlay;
  return overlay;
}

/** Closes the reader when it is open; else opens it, unless the page is a PDF, which it cannot read. */
export function toggleReaderOnPage(): OverlayToggle {
  const open = globalThis.lucidReaderOverlay;
  if (open) {
    open.close();
    return 'closed';
  }
  if (document.contentType === 'application/pdf') return 'pdf';
  // Asked for the reader while pointing at the article: pointing stops, the reader opens as ever.
  globalThis.lucidReaderPicker?.cancel();
  showReader();
  return 'opened';
}
