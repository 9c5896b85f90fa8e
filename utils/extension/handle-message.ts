import { browser, type Browser } from 'wxt/browser';
import type { LibraryDb } from '../library/library-db';
import { broadcastImagesProgress } from './images-progress';
import { answerMessage, type HandlerContexts, MESSAGES, parseMessage, type Sender } from './messages';

type MessageSender = Browser.runtime.MessageSender;

/**
 * True for the extension's own pages (popup, reader). Not for a web page our content script runs
 * in: a page that took over its process could send with our id, but the browser names its address.
 */
function isExtensionPage(sender: MessageSender): boolean {
  return (
    !!sender.url &&
    URL.canParse(sender.url) &&
    new URL(sender.url).protocol === new URL(browser.runtime.getURL('/')).protocol
  );
}

function isReaderFrame(sender: MessageSender): sender is MessageSender & { tab: { id: number } } {
  // With use_dynamic_url the frame's host is a per-session id, so only the path is stable.
  return sender.tab?.id !== undefined && !!sender.url && new URL(sender.url).pathname === '/reader.html';
}

/** For each kind of sender (see `Sender`): what its messages' handlers are given, or null when `sender` is not one. */
const CONTEXTS: { [F in Sender]: (sender: MessageSender, db: LibraryDb) => HandlerContexts[F] | null } = {
  'extension-page': () => ({}),
  'reader-frame': (sender) => (isReaderFrame(sender) ? { tabId: sender.tab.id } : null),
  reader: (sender, db) => (isReaderFrame(sender) ? { db, imagesProgress: broadcastImagesProgress } : null),
};

/**
 * Answers one message from the popup or the reader (see `MESSAGES`). Returns undefined for
 * anything that is not ours, not well formed, or not from who may send it, so a stray message
 * never acts.
 */
export async function handleMessage(raw: unknown, sender: MessageSender, db: LibraryDb): Promise<unknown> {
  if (sender.id !== browser.runtime.id || !isExtensionPage(sender)) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  const context = CONTEXTS[MESSAGES[message.type].from](sender, db);
  return context ? answerMessage(message, context) : undefined;
}
