import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { i18n } from '#i18n';
import { parseContentMessage } from '@/utils/extension/content-messages';
import { pickContent, type ContentPicker } from '@/utils/extension/content-picker';
import { isExtensionLoaded, whenExtensionGone } from '@/utils/extension/extension-gone';
import { openReaderOverlay, type OverlayToggle, type ReaderOverlay } from '@/utils/extension/reader-overlay';
import { showUpdateNotice } from '@/utils/extension/update-notice';
import type { ExtractOutcome } from '@/utils/extract/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { timed, type ExtractTiming } from '@/utils/open-stages';
import { findBlock } from '@/utils/site-rules/find-block';
import { NO_RULES, type RuleTarget, type SiteRules } from '@/utils/site-rules/site-rules';
import { removalTarget } from '@/utils/site-rules/stable-selector';

// Injected on demand (toolbar or shortcut), never declared for any page. Each injection toggles:
// the open overlay lives in this isolated world's globals, which the page cannot see or touch.
declare global {
  var lucidReaderOverlay: ReaderOverlay | undefined;
  /** Pointing at the article ("Wrong part?"), between the reader closing and opening again. */
  var lucidReaderPicker: ContentPicker | undefined;
}

type TimedOutcome = ExtractOutcome & { timing: ExtractTiming };

/** The page's article, extracted as the reader opens (see `main`); forgotten when it closes. */
let prepared: TimedOutcome | undefined;

function extract(force: boolean, rules: SiteRules | null): TimedOutcome {
  const { value, timing } = timed(() => extractArticle(document, location.href, { force, rules: rules ?? undefined }));
  return { ...value, timing };
}

const prepare = () => (prepared ??= extract(false, null));

/** The part the person just pointed at as the article: the reader opens on it, once. */
let chosen: RuleTarget | undefined;

/** The article with `rules` and, after "Wrong part?", the part chosen in place of their content rule. */
function answerExtract(force: boolean, rules: SiteRules | null): TimedOutcome & { chosenContent?: RuleTarget } {
  const content = chosen;
  chosen = undefined;
  if (content) return { ...extract(force, { ...(rules ?? NO_RULES), content }), chosenContent: content };
  return force || rules ? extract(force, rules) : prepare();
}

/** Closes the reader and lets the person point at the article; the reader opens again on what they choose. */
function pointAtArticle() {
  globalThis.lucidReaderOverlay?.close();
  globalThis.lucidReaderPicker = pickContent(document, i18n.t('rules.pickHint'), (rule) => {
    globalThis.lucidReaderPicker = undefined;
    if (!rule) return;
    chosen = rule;
    openReader();
  });
}

/**
 * Answers the background while the reader is open: the article on request (the one made as the
 * reader opened, for a site without rules), where a block of it came from, "Wrong part?", and closing.
 */
function onMessage(raw: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) {
  const message = sender.id === browser.runtime.id ? parseContentMessage(raw) : null;
  if (message?.type === 'extract') {
    sendResponse(answerExtract(message.force, message.rules));
  } else if (message?.type === 'pick-content') {
    pointAtArticle();
    sendResponse(true);
  } else if (message?.type === 'describe-block') {
    const block = findBlock(document, message.text, message.image);
    sendResponse(block && removalTarget(block));
  } else if (message?.type === 'close') {
    globalThis.lucidReaderOverlay?.close();
    sendResponse(true);
  }
}

/** Shows the reader over the page; it asks for the article through the background as it loads. */
function openReader() {
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
  // Not for a reader closed already, nor for one opening on a part just chosen.
  setTimeout(() => {
    if (globalThis.lucidReaderOverlay === overlay && !chosen) prepare();
  });
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
    // Asked for the reader while pointing at the article: pointing stops, the reader opens as ever.
    globalThis.lucidReaderPicker?.cancel();
    openReader();
    return 'opened';
  },
});
