import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { ExtractOutcome } from '../extract/article';
import { extractArticle } from '../extract/extract-article';
import { timed, type ExtractTiming } from '../open-stages';
import { findBlock } from '../site-rules/find-block';
import { NO_RULES, type RuleTarget, type SiteRules } from '../site-rules/site-rules';
import { removalTarget } from '../site-rules/stable-selector';
import { parseContentMessage } from './content-messages';
import { pickContent, type ContentPicker } from './content-picker';
import { isExtensionLoaded, whenExtensionGone } from './extension-gone';
import { openReaderOverlay, type ReaderOverlay } from './reader-overlay';
import { showUpdateNotice } from './update-notice';

// The reader over a page, as the content scripts open it (extract.content.ts on request,
// always-open.content.ts by itself). The open overlay lives in the isolated world's globals, which
// the page cannot see or touch, and which every content script of the extension shares: the
// shortcut closes a reader whichever script opened it.
declare global {
  var lucidReaderOverlay: ReaderOverlay | undefined;
  /** Pointing at the article ("Wrong part?"), between the reader closing and opening again. */
  var lucidReaderPicker: ContentPicker | undefined;
}

export type TimedOutcome = ExtractOutcome & { timing: ExtractTiming };

/** The page's article, extracted as the reader opens (see `openReader`); forgotten when it closes. */
let prepared: TimedOutcome | undefined;

/** The page's article, timed; with the site's `rules` when it has some. */
export function extractPage(force: boolean, rules: SiteRules | null): TimedOutcome {
  const { value, timing } = timed(() => extractArticle(document, location.href, { force, rules: rules ?? undefined }));
  return { ...value, timing };
}

const prepare = () => (prepared ??= extractPage(false, null));

/** The part the person just pointed at as the article: the reader opens on it, once. */
let chosen: RuleTarget | undefined;

/** The article with `rules` and, after "Wrong part?", the part chosen in place of their content rule. */
function answerExtract(force: boolean, rules: SiteRules | null): TimedOutcome & { chosenContent?: RuleTarget } {
  const content = chosen;
  chosen = undefined;
  if (content) return { ...extractPage(force, { ...(rules ?? NO_RULES), content }), chosenContent: content };
  return force || rules ? extractPage(force, rules) : prepare();
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

/**
 * Shows the reader over the page; it asks for the article through the background as it loads.
 * `article`, when given, is the page's extraction made already (the always-open check's).
 */
export function openReader(article?: TimedOutcome): void {
  prepared = article;
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
  // Extracts while the reader's frame loads (in the extension's process), once the page has drawn
  // that frame over itself: the extraction holds the page's thread for tens of milliseconds, which
  // would keep the page looking untouched. The article is ready when the reader asks (and made
  // then, should the page never draw). Not for a reader closed already, nor for one opening on a
  // part just chosen.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (globalThis.lucidReaderOverlay === overlay && !chosen) prepare();
    }),
  );
}
