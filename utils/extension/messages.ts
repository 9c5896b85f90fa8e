import type { Article, ExtractOutcome } from '../extract/article';
import { isHighlightColor, MAX_NOTE_LENGTH, parseHighlight, parseSelectors } from '../highlights/parse-highlight';
import type { Highlight } from '../highlights/types';
import type { ArticleHighlights, HighlightChanges } from '../library/highlight-store';
import { parseArticle } from '../library/parse-article';
import { isId, isObject, isText } from '../value-checks';

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
  | { type: 'close-reader' }
  /** reader → background: the saved highlights of an article */
  | { type: 'load-highlights'; articleId: string }
  /** reader → background: store a highlight (and, with the first, the article it was made on) */
  | { type: 'save-highlight'; article: Article; highlight: Highlight }
  /** reader → background: change a highlight's colour, note or place */
  | { type: 'update-highlight'; id: string; changes: HighlightChanges }
  /** reader → background */
  | { type: 'delete-highlight'; id: string }
  /** reader → background: keep the article in the library ("Save") */
  | { type: 'save-article'; article: Article }
  /** reader → background: how far the reader got in a saved article, from 0 to 1 */
  | { type: 'set-progress'; articleId: string; progress: number };

/** background → content script */
export type ContentMessage = { type: 'extract'; force: boolean } | { type: 'close' };

/** What a toggle did, told to whoever asked (the popup shows `message`). */
export type ToggleOutcome =
  | { status: 'opened' }
  | { status: 'closed' }
  | { status: 'restricted'; message: string };

/** The reader's answer to get-article. */
export type ArticleReply = ExtractOutcome | { ok: false; reason: 'unavailable'; message: string };

/** The background's answer to the library messages: done (with what was asked for) or why not. */
export type LibraryReply<T extends object = object> = ({ ok: true } & T) | { ok: false; message: string };
export type HighlightsReply = LibraryReply<ArticleHighlights>;
/** `updated: false` when the highlight was deleted meanwhile (in another tab). */
export type UpdateReply = LibraryReply<{ updated: boolean }>;

function parseChanges(value: unknown): HighlightChanges | null {
  if (!isObject(value)) return null;
  const changes: HighlightChanges = {};
  if (value.color !== undefined) {
    if (!isHighlightColor(value.color)) return null;
    changes.color = value.color;
  }
  if (value.note !== undefined) {
    if (!isText(value.note, MAX_NOTE_LENGTH)) return null;
    changes.note = value.note;
  }
  if (value.selectors !== undefined) {
    const selectors = parseSelectors(value.selectors);
    if (!selectors) return null;
    changes.selectors = selectors;
  }
  return changes;
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
    case 'load-highlights':
      return isId(value.articleId) ? { type: 'load-highlights', articleId: value.articleId } : null;
    case 'save-highlight': {
      const article = parseArticle(value.article);
      const highlight = parseHighlight(value.highlight);
      return article && highlight ? { type: 'save-highlight', article, highlight } : null;
    }
    case 'update-highlight': {
      const changes = parseChanges(value.changes);
      return isId(value.id) && changes ? { type: 'update-highlight', id: value.id, changes } : null;
    }
    case 'delete-highlight':
      return isId(value.id) ? { type: 'delete-highlight', id: value.id } : null;
    case 'save-article': {
      const article = parseArticle(value.article);
      return article ? { type: 'save-article', article } : null;
    }
    case 'set-progress': {
      const { articleId, progress } = value;
      const valid = isId(articleId) && typeof progress === 'number' && progress >= 0 && progress <= 1;
      return valid ? { type: 'set-progress', articleId, progress } : null;
    }
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
