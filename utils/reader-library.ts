import { i18n } from '#i18n';
import type { Article } from './extract/article';
import type { Highlight } from './highlights/types';
import type { HighlightChanges } from './library/highlight-store';
import type { HighlightsReply, LibraryReply, Message, UpdateReply } from './messages';

/** The library as the reader uses it: every call answers, with one sentence when it failed. */
export interface ReaderLibrary {
  load(articleId: string): Promise<HighlightsReply>;
  save(article: Article, highlight: Highlight): Promise<LibraryReply>;
  update(id: string, changes: HighlightChanges): Promise<UpdateReply>;
  remove(id: string): Promise<LibraryReply>;
}

/**
 * The reader's library through the background, which alone opens the database (the reader frame
 * sits in a web page and could be handed partitioned storage). A lost answer is asked for once
 * more, then becomes a failure.
 */
export function libraryThroughMessages(send: (message: Message) => Promise<unknown>): ReaderLibrary {
  async function ask<T>(message: Message): Promise<T | { ok: false; message: string }> {
    // A service worker stopped mid-answer loses the reply; the browser starts it again for the
    // next message, and every library message is safe to repeat (a save puts the same record).
    for (let attempt = 0; attempt < 2; attempt++) {
      const reply = (await send(message).catch(() => undefined)) as T | undefined;
      if (reply) return reply;
    }
    return { ok: false, message: i18n.t('library.noAnswer') };
  }
  return {
    load: (articleId) => ask({ type: 'load-highlights', articleId }),
    save: (article, highlight) => ask({ type: 'save-highlight', article, highlight }),
    update: (id, changes) => ask({ type: 'update-highlight', id, changes }),
    remove: (id) => ask({ type: 'delete-highlight', id }),
  };
}
