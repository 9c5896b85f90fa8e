import type { Article } from '../extract/article';
import { parseHighlight } from '../highlights/parse-highlight';
import type { Highlight } from '../highlights/types';
import type { LibraryDb } from './library-db';
import { savedArticleFrom } from './records';

export interface ArticleHighlights {
  /** Whether the article is in the library. */
  saved: boolean;
  highlights: Highlight[];
  /** Records that could not be read (corrupted or foreign): skipped, counted so the reader can say so. */
  unreadable: number;
}

export type HighlightChanges = Partial<Pick<Highlight, 'color' | 'note' | 'selectors'>>;

export async function loadHighlights(db: LibraryDb, articleId: string): Promise<ArticleHighlights> {
  return db.transaction('r', db.articles, db.highlights, async () => {
    const saved = (await db.articles.get(articleId)) !== undefined;
    const records: unknown[] = await db.highlights.where('articleId').equals(articleId).toArray();
    const highlights = records.map(parseHighlight).filter((h) => h !== null);
    return { saved, highlights, unreadable: records.length - highlights.length };
  });
}

/**
 * Saves a new or changed highlight, in one transaction with its article: the first highlight puts
 * the article and its snapshot (the text the highlight was made on) in the library. Either all of
 * it is written or, on any error, none of it.
 */
export async function saveHighlight(db: LibraryDb, article: Article, highlight: Highlight, now = Date.now()): Promise<void> {
  const id = highlight.articleId;
  await db.transaction('rw', db.articles, db.snapshots, db.highlights, async () => {
    if ((await db.articles.update(id, { updatedAt: now })) === 0) {
      await db.articles.add(savedArticleFrom(id, article, now));
      await db.snapshots.put({ id, html: article.html, text: article.text });
    }
    await db.highlights.put(highlight);
  });
}

/** Changes a saved highlight; false when it is gone (deleted in another tab meanwhile). */
export async function updateHighlight(db: LibraryDb, id: string, changes: HighlightChanges, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.articles, db.highlights, async () => {
    const current = await db.highlights.get(id);
    if (!current) return false;
    await db.highlights.put({ ...current, ...changes, updatedAt: now });
    await db.articles.update(current.articleId, { updatedAt: now });
    return true;
  });
}

export async function deleteHighlight(db: LibraryDb, id: string): Promise<void> {
  await db.highlights.delete(id);
}
