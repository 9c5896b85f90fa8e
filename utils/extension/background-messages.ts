import { browser, type Browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { answerLibrary } from './answer-library';
import type { LibraryDb } from '../library/library-db';
import type { ArticleReply, ContentMessage } from './messages';
import { parseMessage } from './messages';
import { toggleReader } from './toggle-reader';

const pageGone = (): ArticleReply => ({ ok: false, reason: 'unavailable', message: i18n.t('reader.pageGone') });

/**
 * True for the extension's own pages (popup, reader). Not for a web page our content script runs
 * in: a page that took over its process could send with our id, but the browser names its address.
 */
function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return !!sender.url && URL.canParse(sender.url) && new URL(sender.url).protocol === new URL(browser.runtime.getURL('/')).protocol;
}

function isReaderFrame(sender: Browser.runtime.MessageSender): sender is Browser.runtime.MessageSender & {
  tab: { id: number };
} {
  // With use_dynamic_url the frame's host is a per-session id, so only the path is stable.
  return sender.tab?.id !== undefined && !!sender.url && new URL(sender.url).pathname === '/reader.html';
}

function toPage(tabId: number, message: ContentMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/**
 * Answers one message from the popup or the reader. Returns undefined for anything that is not
 * ours or not well formed, so a stray message never acts.
 */
export async function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender, db: LibraryDb): Promise<unknown> {
  if (sender.id !== browser.runtime.id || !isExtensionPage(sender)) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'toggle-reader':
      return toggleReader(await browser.tabs.get(message.tabId));
    case 'get-article':
      if (!isReaderFrame(sender)) return undefined;
      return toPage(sender.tab.id, { type: 'extract', force: message.force }).catch(pageGone);
    case 'close-reader':
      if (!isReaderFrame(sender)) return undefined;
      return toPage(sender.tab.id, { type: 'close' }).catch(() => false);
    case 'load-highlights':
    case 'save-highlight':
    case 'update-highlight':
    case 'delete-highlight':
    case 'save-article':
    case 'set-progress':
      return isReaderFrame(sender) ? answerLibrary(db, message) : undefined;
  }
}
