import { i18n } from '#i18n';
import type { HighlightsReply, LibraryReply, Message, UpdateReply } from './messages';
import { articleIdFor } from '../library/article-id';
import { saveArticle, setProgress } from '../library/article-store';
import { deleteHighlight, loadHighlights, saveHighlight, updateHighlight } from '../library/highlight-store';
import type { LibraryDb } from '../library/library-db';
import { storageErrorMessage } from '../library/storage-error';

/** The messages the reader sends about its article's place in the library. */
export type LibraryMessage = Extract<Message, { type: `${string}-highlight${string}` | 'save-article' | 'set-progress' }>;

/** Reads or writes the library for the reader; a failure is answered with one sentence, never thrown. */
export async function answerLibrary(db: LibraryDb, message: LibraryMessage): Promise<LibraryReply | HighlightsReply | UpdateReply> {
  try {
    switch (message.type) {
      case 'load-highlights':
        return { ok: true, ...(await loadHighlights(db, message.articleId)) };
      case 'save-highlight':
        if (message.highlight.articleId !== articleIdFor(message.article)) {
          return { ok: false, message: i18n.t('library.otherArticle') };
        }
        await saveHighlight(db, message.article, message.highlight);
        return { ok: true };
      case 'update-highlight':
        return { ok: true, updated: await updateHighlight(db, message.id, message.changes) };
      case 'delete-highlight':
        await deleteHighlight(db, message.id);
        return { ok: true };
      case 'save-article':
        await saveArticle(db, articleIdFor(message.article), message.article);
        return { ok: true };
      case 'set-progress':
        await setProgress(db, message.articleId, message.progress);
        return { ok: true };
    }
  } catch (error) {
    console.error('Lucid Reader: library', message.type, error);
    if (message.type === 'load-highlights') return { ok: false, message: i18n.t('library.loadFailed') };
    const what = message.type === 'save-article' ? i18n.t('library.theArticle') : message.type === 'set-progress' ? i18n.t('library.theProgress') : i18n.t('library.theHighlight');
    return { ok: false, message: storageErrorMessage(error, what) };
  }
}
