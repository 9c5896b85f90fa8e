import { parseHighlight } from '../highlights/parse-highlight';
import { byArticle, type Highlight } from '../highlights/types';
import type { ReaderSettings } from '../settings/reader-settings';
import { articleTables, nextDoc } from './article-store';
import { articleWords } from './article-words';
import type { Backup } from './backup';
import type { LibraryDb } from './library-db';
import { parseSavedArticle } from './parse-article';
import type { ArticleSnapshot, SavedArticle } from './records';
import { storedRecords } from './stored-records';
import { addToIndex, Postings } from './word-index';

export interface ImportResult {
  /** Articles that were not in the library. */
  articles: number;
  /** Highlights that were not in the library. */
  highlights: number;
  /** Articles and highlights the library had an older (or unreadable) copy of, now replaced. */
  updated: number;
  /** The backup's settings: the caller applies them (this module never touches storage). */
  settings: ReaderSettings;
}

/**
 * The highlights of the backup to write: those the library lacks, and those it has an older or
 * unreadable copy of. A highlight the library holds under another article is left alone: ids are
 * random, so the same id elsewhere is not the same highlight. `leaving` names, for each replaced
 * record, the article the library files it under (none for one damaged so far it is filed nowhere).
 */
async function highlightChanges(
  db: LibraryDb,
  highlights: Highlight[],
): Promise<{ added: Highlight[]; replaced: Highlight[]; leaving: string[] }> {
  const stored = await storedRecords(
    db.highlights,
    highlights.map((h) => h.id),
  );
  const added: Highlight[] = [];
  const replaced: Highlight[] = [];
  const leaving: string[] = [];
  for (const [i, highlight] of highlights.entries()) {
    const record = stored[i];
    const current = parseHighlight(record);
    if (record === undefined) added.push(highlight);
    else if (!current || (current.articleId === highlight.articleId && highlight.updatedAt > current.updatedAt)) {
      replaced.push(highlight);
      const filedUnder = (record as { articleId?: unknown }).articleId;
      if (typeof filedUnder === 'string') leaving.push(filedUnder);
    }
  }
  return { added, replaced, leaving };
}

/** How many highlight records each article has, as the library holds them now (filed under its id). */
async function highlightCounts(db: LibraryDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const id of await db.highlights.orderBy('articleId').keys()) {
    if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * Merges a parsed backup into the library, in one transaction: all of it, or on any error nothing.
 * Articles by id: a new one is added with a fresh doc number and indexed for search; for one the
 * library has, the newer copy's metadata (by `updatedAt`) wins and the library's snapshot is kept.
 * Highlights by id: new ones are added, a stored one is replaced only by a newer copy. Importing
 * the same backup twice changes nothing the second time. Throws when the library cannot be written.
 */
export async function importBackup(db: LibraryDb, backup: Backup): Promise<ImportResult> {
  return db.transaction('rw', articleTables(db), async () => {
    const { added, replaced, leaving } = await highlightChanges(db, backup.highlights);
    const counts = await highlightCounts(db);
    const storedSnapshots = new Set(await db.snapshots.toCollection().primaryKeys());
    const stored = await storedRecords(
      db.articles,
      backup.articles.map((a) => a.id),
    );
    let doc = await nextDoc(db);

    const written = [...added, ...replaced];
    const writtenOf = byArticle(written);
    // The counts once these highlights are stored, worked out here so that every record can be
    // handed to the browser before the words are (seconds for a large backup): it writes while
    // this page works.
    for (const id of leaving) counts.set(id, (counts.get(id) ?? 0) - 1);
    for (const [id, own] of writtenOf) counts.set(id, (counts.get(id) ?? 0) + own.length);
    const snapshotOf = new Map(backup.snapshots.map((s) => [s.id, s]));
    const merged: SavedArticle[] = [];
    const snapshots: (ArticleSnapshot | null)[] = [];
    let newArticles = 0;
    let updated = replaced.length;
    for (const [i, article] of backup.articles.entries()) {
      const current = parseSavedArticle(stored[i]);
      // A record no one can read counts as older: the backup's copy takes its place.
      if (stored[i] === undefined) newArticles++;
      else if (!current || article.updatedAt > current.updatedAt) updated++;
      const newer = current && current.updatedAt >= article.updatedAt ? current : article;
      // Importing is something the reader asks for: an article they deleted a moment ago (and
      // could still undo) comes back, with its highlights and the backup's, rather than being lost.
      merged.push({
        ...newer,
        doc: current?.doc ?? doc++,
        highlightCount: counts.get(article.id) ?? 0,
        deletedAt: null,
      });
      snapshots.push(current && storedSnapshots.has(article.id) ? null : snapshotOf.get(article.id)!);
    }
    // Together, so that a failure of any is the one thrown (the others' are not left unhandled).
    const recordsWritten = Promise.all([
      db.highlights.bulkPut(written),
      db.snapshots.bulkPut(snapshots.filter((s) => s !== null)),
      db.articles.bulkPut(merged),
    ]);

    const postings = new Postings();
    for (const [i, article] of merged.entries()) {
      postings.add(article.doc, articleWords(article, snapshots[i]?.text ?? '', writtenOf.get(article.id)));
    }
    await Promise.all([recordsWritten, addToIndex(db.words, postings, (words) => storedRecords(db.words, words))]);
    return { articles: newArticles, highlights: added.length, updated, settings: backup.settings };
  });
}
