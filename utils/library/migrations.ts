import type { Transaction } from 'dexie';
import { readableHighlights } from '../highlights/parse-highlight';
import type { Highlight } from '../highlights/types';
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
  // Only highlights the reader can show count and are indexed; the others stay, reported as unreadable.
  const highlights = readableHighlights(await tx.table('highlights').toArray());
  const byArticle = new Map<string, Highlight[]>();
  for (const h of highlights) {
    const own = byArticle.get(h.articleId);
    if (own) own.push(h);
    else byArticle.set(h.articleId, [h]);
  }
  articles.sort((a, b) => Number(a.savedAt) - Number(b.savedAt));

  const postings = new Map<string, number[]>();
  for (const [i, article] of articles.entries()) {
    const doc = i + 1;
    const own = byArticle.get(article.id as string) ?? [];
    Object.assign(article, { doc, highlightCount: own.length, progress: 0, deletedAt: null });
    const snapshot: unknown = await tx.table('snapshots').get(article.id as string);
    const text = isObject(snapshot) && typeof snapshot.text === 'string' ? snapshot.text : '';
    for (const word of articleWords(article as never, text, own)) {
      const docs = postings.get(word);
      if (docs) docs.push(doc);
      else postings.set(word, [doc]);
    }
  }
  await tx.table('articles').bulkPut(articles);
  await tx.table<WordPostings>('words').bulkPut([...postings].map(([word, docs]) => ({ word, docs })));
}
