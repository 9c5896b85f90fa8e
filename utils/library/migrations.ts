import type { Transaction } from 'dexie';
import { isObject } from '../value-checks';
import { articleWords } from './article-words';
import type { WordPostings } from './records';

/**
 * Version 1 → 2: gives each article its doc number (oldest first), highlight count, progress and
 * deletion mark, and builds the search index from the snapshots and highlights. Records that are
 * not objects are left as they are, to be reported as unreadable like any other. Runs inside
 * Dexie's upgrade transaction: if it throws, nothing of it is kept and version 1 stays as it was.
 */
export async function migrateToVersion2(tx: Transaction): Promise<void> {
  const articles = (await tx.table('articles').toArray()).filter(isObject);
  const highlights = (await tx.table('highlights').toArray()).filter(isObject);
  const byArticle = new Map<unknown, Record<string, unknown>[]>();
  for (const h of highlights) byArticle.set(h.articleId, [...(byArticle.get(h.articleId) ?? []), h]);
  articles.sort((a, b) => Number(a.savedAt) - Number(b.savedAt));

  const postings = new Map<string, number[]>();
  for (const [i, article] of articles.entries()) {
    const doc = i + 1;
    const own = byArticle.get(article.id) ?? [];
    Object.assign(article, { doc, highlightCount: own.length, progress: 0, deletedAt: null });
    const snapshot: unknown = await tx.table('snapshots').get(article.id as string);
    const text = isObject(snapshot) && typeof snapshot.text === 'string' ? snapshot.text : '';
    const quotes = own.filter((h) => isObject(h.selectors) && isObject(h.selectors.quote)) as never[];
    for (const word of articleWords(article as never, text, quotes)) {
      const docs = postings.get(word);
      if (docs) docs.push(doc);
      else postings.set(word, [doc]);
    }
  }
  await tx.table('articles').bulkPut(articles);
  await tx.table<WordPostings>('words').bulkPut([...postings].map(([word, docs]) => ({ word, docs })));
}
