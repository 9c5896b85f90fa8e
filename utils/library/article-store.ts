import type { Article } from '../extract/article';
import { readableHighlights } from '../highlights/parse-highlight';
import { articleWords } from './article-words';
import { releaseImages } from './kept-images';
import type { LibraryDb } from './library-db';
import { parseSavedArticle } from './parse-article';
import { savedArticleFrom, type SavedArticle } from './records';
import { indexArticle, unindexArticle } from './word-index';

/** How long a deleted article can be brought back. */
export const UNDO_DELETE_MS = 10_000;

/** The tables an article's records span: writes to them go in one transaction. */
export function articleTables(db: LibraryDb) {
  return [db.articles, db.snapshots, db.highlights, db.words, db.images];
}

/**
 * Removes an article, its snapshot, its highlights, its index entries and the images no other
 * article shows, for good. Call inside
 * a transaction on `articleTables`.
 */
async function purge(db: LibraryDb, article: SavedArticle): Promise<void> {
  const snapshot = await db.snapshots.get(article.id);
  const highlights = readableHighlights(await db.highlights.where('articleId').equals(article.id).toArray());
  await unindexArticle(db.words, article.doc, articleWords(article, snapshot?.text ?? '', highlights));
  await db.highlights.where('articleId').equals(article.id).delete();
  await releaseImages(db, article.id);
  await db.snapshots.delete(article.id);
  await db.articles.delete(article.id);
}

/** The next free doc number. Only numbers count: a damaged record's doc of another type sorts after them. */
export async function nextDoc(db: LibraryDb): Promise<number> {
  const last = await db.articles.where('doc').below(Infinity).last();
  return (last?.doc ?? 0) + 1;
}

/**
 * The article as saved, adding it (with its snapshot and index entries) when it is not. A copy
 * deleted but still undoable is purged first: saving again starts afresh, it never brings back
 * the highlights deleted with it. Call inside a transaction on `articleTables`.
 */
export async function ensureSaved(db: LibraryDb, id: string, article: Article, now: number): Promise<SavedArticle> {
  const stored = await db.articles.get(id);
  if (stored && stored.deletedAt === null) return stored;
  if (stored) await purge(db, stored);
  const record = savedArticleFrom(id, await nextDoc(db), article, now);
  await db.articles.add(record);
  await db.snapshots.put({ id, html: article.html, text: article.text });
  await indexArticle(db.words, record.doc, articleWords(record, article.text));
  return record;
}

/** Saves an article without highlights ("Save" in the reader). Saving it twice changes nothing. */
export function saveArticle(db: LibraryDb, id: string, article: Article, now = Date.now()): Promise<SavedArticle> {
  return db.transaction('rw', articleTables(db), () => ensureSaved(db, id, article, now));
}

/** Hides an article from the library; it is purged once it can no longer be undone. False when it was not there. */
export async function deleteArticle(db: LibraryDb, id: string, now = Date.now()): Promise<boolean> {
  return db.transaction(
    'rw',
    db.articles,
    async () =>
      (await db.articles
        .where('id')
        .equals(id)
        .and((a) => a.deletedAt === null)
        .modify({ deletedAt: now })) > 0,
  );
}

/** Brings a deleted article back, as it was; false when it was purged meanwhile. */
export async function undoDelete(db: LibraryDb, id: string): Promise<boolean> {
  return db.transaction(
    'rw',
    db.articles,
    async () =>
      (await db.articles
        .where('id')
        .equals(id)
        .and((a) => a.deletedAt !== null)
        .modify({ deletedAt: null })) > 0,
  );
}

/** Purges the articles deleted longer ago than the time to undo; returns how many. */
export async function purgeDeleted(db: LibraryDb, now = Date.now()): Promise<number> {
  return db.transaction('rw', articleTables(db), async () => {
    const expired = await db.articles
      .where('deletedAt')
      .belowOrEqual(now - UNDO_DELETE_MS)
      .toArray();
    for (const article of expired) await purge(db, article);
    return expired.length;
  });
}

/** Remembers how far the reader got in a saved article; nothing for an article not (or no longer) saved. */
export async function setProgress(db: LibraryDb, id: string, progress: number): Promise<void> {
  const clamped = Math.min(1, Math.max(0, progress));
  await db.articles
    .where('id')
    .equals(id)
    .and((a) => a.deletedAt === null)
    .modify({ progress: clamped });
}

export interface ArticleList {
  /** Newest first; deleted ones left out. */
  articles: SavedArticle[];
  /** Records that could not be read (corrupted or foreign): skipped, counted so the popup can say so. */
  unreadable: number;
}

/** The library's articles, newest first, at most `limit` of them: metadata only, never the text. */
export async function listArticles(db: LibraryDb, limit = Infinity): Promise<ArticleList> {
  let articles: SavedArticle[] = [];
  let unreadable = 0;
  const newestFirst = () =>
    db.articles
      .orderBy('savedAt')
      // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie's Collection.reverse: newest first
      .reverse();
  const add = (record: unknown) => {
    const article = parseSavedArticle(record);
    if (!article) unreadable++;
    else if (article.deletedAt === null) articles.push(article);
  };
  if (limit === Infinity) {
    // Record by record: a page closed meanwhile stops the reading, where one request for all of
    // them would still be answered, holding up the database for the page opened next.
    await newestFirst().each(add);
    // Records without a saved time are not in that index: count them too.
    unreadable += (await db.articles.count()) - (await db.articles.orderBy('savedAt').count());
    return { articles, unreadable };
  }
  // The first screenful in one request (getAll, newest first where the browser has it), which no
  // other read slips between. Deleted and unreadable records take room: read more until `limit` are listed.
  for (let asked = limit; ; asked *= 2) {
    const records: unknown[] = await newestFirst().limit(asked).toArray();
    articles = [];
    unreadable = 0;
    records.forEach(add);
    if (articles.length >= limit || records.length < asked) return { articles: articles.slice(0, limit), unreadable };
  }
}

/** Articles deleted so recently that they can still be brought back, most recent first. */
export async function recentlyDeleted(db: LibraryDb, now = Date.now()): Promise<SavedArticle[]> {
  const deleted = await db.articles
    .where('deletedAt')
    .above(now - UNDO_DELETE_MS)
    .toArray();
  return deleted.toSorted((a, b) => b.deletedAt! - a.deletedAt!);
}

/** A saved article with its snapshot, as the reader shows it; null when it is not in the library. */
export async function loadSavedArticle(
  db: LibraryDb,
  id: string,
): Promise<{ record: SavedArticle; article: Article } | null> {
  return db.transaction('r', db.articles, db.snapshots, async () => {
    const record = parseSavedArticle(await db.articles.get(id));
    const snapshot = await db.snapshots.get(id);
    if (
      !record ||
      record.deletedAt !== null ||
      !snapshot ||
      typeof snapshot.html !== 'string' ||
      typeof snapshot.text !== 'string'
    )
      return null;
    const {
      id: _id,
      doc: _doc,
      savedAt: _s,
      updatedAt: _u,
      highlightCount: _h,
      progress: _p,
      deletedAt: _d,
      ...metadata
    } = record;
    return { record, article: { ...metadata, html: snapshot.html, text: snapshot.text } };
  });
}
