import type { Article } from '../extract/article';
import { readableHighlights } from '../highlights/parse-highlight';
import { byReadingOrder, type Highlight } from '../highlights/types';
import { articleTables, ensureSaved } from './article-store';
import type { LibraryDb } from './library-db';
import { wordsOf } from './search-words';
import { indexArticle } from './word-index';

export interface ArticleHighlights {
  /** Whether the article is in the library. */
  saved: boolean;
  highlights: Highlight[];
  /** Records that could not be read (corrupted or foreign): skipped, counted so the reader can say so. */
  unreadable: number;
  /** How far the reader got last time, from 0 to 1 (0 for an article not saved). */
  progress: number;
}

export type HighlightChanges = Partial<Pick<Highlight, 'color' | 'note' | 'selectors'>>;

export async function loadHighlights(db: LibraryDb, articleId: string): Promise<ArticleHighlights> {
  return db.transaction('r', db.articles, db.highlights, async () => {
    const article = await db.articles.get(articleId);
    if (!article || article.deletedAt !== null) return { saved: false, highlights: [], unreadable: 0, progress: 0 };
    const records: unknown[] = await db.highlights.where('articleId').equals(articleId).toArray();
    const highlights = readableHighlights(records);
    const progress = typeof article.progress === 'number' ? article.progress : 0;
    return { saved: true, highlights, unreadable: records.length - highlights.length, progress };
  });
}

/** The readable highlights of one saved article, in reading order. */
export async function articleHighlights(db: LibraryDb, articleId: string): Promise<Highlight[]> {
  const records: unknown[] = await db.highlights.where('articleId').equals(articleId).toArray();
  return readableHighlights(records).toSorted(byReadingOrder);
}

/**
 * Saves a new or changed highlight, in one transaction with its article: the first highlight puts
 * the article and its snapshot (the text the highlight was made on) in the library. Either all of
 * it is written or, on any error, none of it.
 */
export async function saveHighlight(
  db: LibraryDb,
  article: Article,
  highlight: Highlight,
  now = Date.now(),
): Promise<void> {
  const id = highlight.articleId;
  await db.transaction('rw', articleTables(db), async () => {
    const saved = await ensureSaved(db, id, article, now);
    const isNew = (await db.highlights.get(highlight.id)) === undefined;
    await db.highlights.put(highlight);
    await db.articles.update(id, { updatedAt: now, highlightCount: saved.highlightCount + (isNew ? 1 : 0) });
    await indexArticle(db.words, saved.doc, wordsOf(highlight.selectors.quote.exact, highlight.note));
  });
}

/** Changes a saved highlight; false when it is gone (deleted in another tab meanwhile). */
export async function updateHighlight(
  db: LibraryDb,
  id: string,
  changes: HighlightChanges,
  now = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.articles, db.highlights, db.words, async () => {
    const current = await db.highlights.get(id);
    if (!current) return false;
    await db.highlights.put({ ...current, ...changes, updatedAt: now });
    const article = await db.articles.get(current.articleId);
    if (article) {
      await db.articles.update(article.id, { updatedAt: now });
      // Words of the old note stay in the index: harmless (see word-index.ts), and cheaper than a rebuild.
      if (changes.note) await indexArticle(db.words, article.doc, wordsOf(changes.note));
    }
    return true;
  });
}

export async function deleteHighlight(db: LibraryDb, id: string): Promise<void> {
  await db.transaction('rw', db.articles, db.highlights, async () => {
    const current = await db.highlights.get(id);
    if (!current) return;
    await db.highlights.delete(id);
    await db.articles
      .where('id')
      .equals(current.articleId)
      .modify((article) => {
        article.highlightCount = Math.max(0, article.highlightCount - 1);
      });
  });
}
