import { i18n } from '#i18n';
import type { Article } from '../extract/article';
import type { Highlight } from '../highlights/types';
import { answerLibrary, type LibraryMessage } from './answer-library';
import type { HighlightChanges } from '../library/highlight-store';
import type { LibraryDb } from '../library/library-db';
import type { HighlightsReply, LibraryReply, Message, UpdateReply } from './messages';
import { byPerson } from './user-activation';

/** The library as the reader uses it: every call answers, with one sentence when it failed. */
export interface ReaderLibrary {
  load(articleId: string): Promise<HighlightsReply>;
  save(article: Article, highlight: Highlight): Promise<LibraryReply>;
  update(id: string, changes: HighlightChanges): Promise<UpdateReply>;
  remove(id: string): Promise<LibraryReply>;
  /** Keeps the article in the library without a highlight. */
  saveArticle(article: Article): Promise<LibraryReply>;
  /** Remembers how far the reader got (0 to 1) in a saved article. */
  setProgress(articleId: string, progress: number): Promise<LibraryReply>;
}

/** Library messages that change what the person keeps; remembering the reading position is not one. */
const CHANGES: ReadonlySet<LibraryMessage['type']> = new Set(['save-highlight', 'update-highlight', 'delete-highlight', 'save-article']);

function libraryAnswering(answer: <T>(message: LibraryMessage) => Promise<T>): ReaderLibrary {
  const ask = <T>(message: LibraryMessage): Promise<T> =>
    CHANGES.has(message.type) && !byPerson() ? Promise.resolve({ ok: false, message: i18n.t('library.notByPerson') } as T) : answer<T>(message);
  return {
    load: (articleId) => ask({ type: 'load-highlights', articleId }),
    save: (article, highlight) => ask({ type: 'save-highlight', article, highlight }),
    update: (id, changes) => ask({ type: 'update-highlight', id, changes }),
    remove: (id) => ask({ type: 'delete-highlight', id }),
    saveArticle: (article) => ask({ type: 'save-article', article }),
    setProgress: (articleId, progress) => ask({ type: 'set-progress', articleId, progress }),
  };
}

/**
 * The reader's library through the background, for the reader shown over a web page: a frame
 * embedded in a page could be handed partitioned storage. A lost answer is asked for once more,
 * then becomes a failure.
 */
export function libraryThroughMessages(send: (message: Message) => Promise<unknown>): ReaderLibrary {
  return libraryAnswering(async <T>(message: LibraryMessage) => {
    // A service worker stopped mid-answer loses the reply; the browser starts it again for the
    // next message, and every library message is safe to repeat (a save puts the same record).
    for (let attempt = 0; attempt < 2; attempt++) {
      const reply = (await send(message).catch(() => undefined)) as T | undefined;
      if (reply) return reply;
    }
    return { ok: false, message: i18n.t('library.noAnswer') } as T;
  });
}

/** The library opened in place, for the reader in a tab of its own (a saved article): same answers, no round trip. */
export function libraryInDatabase(db: LibraryDb): ReaderLibrary {
  return libraryAnswering(<T>(message: LibraryMessage) => answerLibrary(db, message) as Promise<T>);
}
