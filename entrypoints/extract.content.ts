import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { i18n } from '#i18n';
import { parseContentMessage } from '@/utils/extension/content-messages';
import { isExtensionLoaded, whenExtensionGone } from '@/utils/extension/extension-gone';
import { openReaderOverlay, type OverlayToggle, type ReaderOverlay } from '@/utils/extension/reader-overlay';
import { showUpdateNotice } from '@/utils/extension/update-notice';
import type { ExtractOutcome } from '@/utils/extract/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { timed, type ExtractTiming } from '@/utils/open-stages';
import { findBlock } from '@/utils/site-rules/find-block';
import type { SiteRules } from '@/utils/site-rules/site-rules';
import { removalTarget } from '@/utils/site-rules/stable-selector';

// Injected on demand (toolbar or shortcut), never declared for any page. Each injection toggles:
// the open overlay lives in this isolated world's globals, which the page cannot see or touch.
declare global {
  var lucidReaderOverlay: ReaderOverlay | undefined;
}

type TimedOutcome = ExtractOutcome & { timing: ExtractTiming };

/** The page's article, extracted as the reader opens (see `main`); forgotten when it closes. */
let prepared: TimedOutcome | undefined;

function extract(force: boolean, rules: SiteRules | null): TimedOutcome {
  const { value, timing } = timed(() => extractArticle(document, location.href, { force, rules: rules ?? undefined }));
  return { ...value, timing };
}

const prepare = () => (prepared ??= extract(false, null));

/**
 * Answers the background while the reader is open: the article on request (the one made as the
 * reader opened, for a site without rules), where a block of it came from, and closing.
 */
function onMessage(raw: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) {
  const message = sender.id === browser.runtime.id ? parseContentMessage(raw) : null;
  if (message?.type === 'extract') {
    sendResponse(message.force || message.rules ? extract(message.force, message.rules) : prepare());
  } else if (message?.type === 'describe-block') {
    const block = findBlock(document, message.text, message.image);
    sendResponse(block && removalTarget(block));
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
    // Read now: once the extension is updated under the open reader, this script has no locales.
    const updated = { notice: i18n.t('updated.notice'), close: i18n.t('updated.close') };
    // The reader's frame dies with the extension: the notice takes its place.
    const stopWatching = whenExtensionGone(() => {
      globalThis.lucidReaderOverlay?.close();
      showUpdateNotice(document, updated);
    });
    const overlay = openReaderOverlay(document, browser.runtime.getURL('/reader.html'), () => {
      stopWatching();
      if (isExtensionLoaded()) browser.runtime.onMessage.removeListener(onMessage);
      globalThis.lucidReaderOverlay = undefined;
      prepared = undefined;
    });
    globalThis.lucidReaderOverlay = overlay;
    // Extracts while the reader's frame loads (in the extension's process), once this script has
    // returned and the frame's navigation has begun: the article is ready when the reader asks.
    // Not for a reader closed already.
    setTimeout(() => {
      if (globalThis.lucidReaderOverlay === overlay) prepare();
    });
    return 'opened';
  },
});
