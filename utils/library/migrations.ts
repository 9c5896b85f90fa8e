import type { Transaction } from 'dexie';
import { readableHighlights } from '../highlights/parse-highlight';
import { byArticle } from '../highlights/types';
import { isObject } from '../value-checks';
import { articleWords } from './article-words';
import type { WordPostings } from './records';
import { Postings } from './word-index';

/**
 * Version 1 → 2: gives each article its doc number (oldest first), highlight count, progress and
 * deletion mark, and builds the search index from the snapshots and highlights. Records that are
 * not objects are left as they are, to be reported as unreadable like any other. Runs inside
 * Dexie's upgrade transaction: if it throws, nothing of it is kept and version 1 stays as it was.
 */
export async function migrateToVersion2(tx: Transaction): Promise<void> {
  const articles = (await tx.table('articles').toArray()).filter(isObject);
  // Only highlights the reader can show count and are indexed; the others stay, reported as unreadable.
  const highlights = readableHighlights(await tx.table('highlights').toArray());
  const highlightsOf = byArticle(highlights);
  articles.sort((a, b) => Number(a.savedAt) - Number(b.savedAt));

  const snapshots: unknown[] = await tx.table('snapshots').bulkGet(articles.map((a) => a.id as string));
  const postings = new Postings();
  for (const [i, article] of articles.entries()) {
    const doc = i + 1;
    const own = highlightsOf.get(article.id as string) ?? [];
    Object.assign(article, { doc, highlightCount: own.length, progress: 0, deletedAt: null });
    const snapshot = snapshots[i];
    const text = isObject(snapshot) && typeof snapshot.text === 'string' ? snapshot.text : '';
    postings.add(doc, articleWords(article as never, text, own));
  }
  await tx.table('articles').bulkPut(articles);
  await tx.table<WordPostings>('words').bulkPut([...postings].map(([word, docs]) => ({ word, docs })));
}
