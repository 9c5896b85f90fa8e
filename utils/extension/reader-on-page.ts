import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { ExtractOutcome } from '../extract/article';
import { extractArticle } from '../extract/extract-article';
import { timed, type ExtractTiming } from '../open-stages';
import { findBlock } from '../site-rules/find-block';
import { NO_RULES, type RuleTarget, type SiteRules } from '../site-rules/site-rules';
import { removalTarget } from '../site-rules/stable-selector';
import { parseContentMessage } from './content-messages';
import { pickContent } from './content-picker';
import { isExtensionLoaded } from './extension-gone';
import type { ReaderOverlay } from './reader-overlay';
import { showReader } from './show-reader';

// The page's article for the reader over it: extracted as the reader opens, given when the reader
// asks through the background, and again with the site's rules or past the article check.
// extract.content.ts serves the reader the toolbar or the shortcut has just shown
// (show-reader.ts); always-open.content.ts opens one by itself.

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
 * reader opened, for a site without rules), where a block of it came from, and "Wrong part?".
 * Closing is the frame's own script's (show-reader.ts).
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
  }
}

/** Shows the reader over the page and serves it; `article`, when given, is the page's extraction made already. */
export function openReader(article?: TimedOutcome): void {
  serveReader(showReader(), article);
}

/** Serves the reader just shown over this page, unless it has closed already or is served. */
export function serveShownReader(): boolean {
  const overlay = globalThis.lucidReaderOverlay;
  if (!overlay || globalThis.lucidReaderServed === overlay) return false;
  serveReader(overlay);
  return true;
}

/**
 * Gives `overlay`, the open reader, the page's article as it asks for it through the background:
 * `article` when given (the always-open check's extraction), else one made as its frame loads.
 */
function serveReader(overlay: ReaderOverlay, article?: TimedOutcome): void {
  prepared = article;
  globalThis.lucidReaderServed = overlay;
  browser.runtime.onMessage.addListener(onMessage);
  overlay.whenClosed(() => {
    if (isExtensionLoaded()) browser.runtime.onMessage.removeListener(onMessage);
    globalThis.lucidReaderServed = undefined;
    prepared = undefined;
  });
  // Extracts while the reader's frame loads (in the extension's process), once this script has
  // returned: the article is ready when the reader asks. The frame's own script came first, in an
  // injection of its own, and the page as a rule draws the frame over itself between the two, so
  // the extraction does not hold that back. Not for a reader closed already, nor for one opening on
  // a part just chosen.
  setTimeout(() => {
    if (globalThis.lucidReaderOverlay === overlay && !chosen) prepare();
  });
}
