import type { ExtractOutcome } from './extract/article';

/**
 * Every message between the extension's parts. Each is checked on arrival (`parseMessage`):
 * a message of the wrong shape is ignored, never half-handled.
 */
export type Message =
  /** popup → background: open or close the reader on this tab */
  | { type: 'toggle-reader'; tabId: number }
  /** reader → background → content script: extract the page (force: skip the article check) */
  | { type: 'get-article'; force: boolean }
  /** reader → background → content script: close the overlay */
  | { type: 'close-reader' };

/** background → content script */
export type ContentMessage = { type: 'extract'; force: boolean } | { type: 'close' };

/** What a toggle did, told to whoever asked (the popup shows `message`). */
export type ToggleOutcome =
  | { status: 'opened' }
  | { status: 'closed' }
  | { status: 'restricted'; message: string };

/** The reader's answer to get-article. */
export type ArticleReply = ExtractOutcome | { ok: false; reason: 'unavailable'; message: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Returns the message when its shape is one we send, else null. */
export function parseMessage(value: unknown): Message | null {
  if (!isObject(value)) return null;
  switch (value.type) {
    case 'toggle-reader':
      return Number.isInteger(value.tabId) ? { type: 'toggle-reader', tabId: value.tabId as number } : null;
    case 'get-article':
      return typeof value.force === 'boolean' ? { type: 'get-article', force: value.force } : null;
    case 'close-reader':
      return { type: 'close-reader' };
    default:
      return null;
  }
}

/** Returns the content-script message when its shape is one we send, else null. */
export function parseContentMessage(value: unknown): ContentMessage | null {
  if (!isObject(value)) return null;
  if (value.type === 'close') return { type: 'close' };
  if (value.type === 'extract' && typeof value.force === 'boolean') return { type: 'extract', force: value.force };
  return null;
}
