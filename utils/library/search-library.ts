import { readableHighlights } from '../highlights/parse-highlight';
import { byReadingOrder } from '../highlights/types';
import type { LibraryDb } from './library-db';
import { matchReason, type MatchReason } from './match-reason';
import type { SavedArticle } from './records';
import { queryWords } from './search-words';
import { findDocs } from './word-index';

export interface SearchResult {
  article: SavedArticle;
  reason: MatchReason;
}

export interface SearchPage {
  results: SearchResult[];
  /** Whether more articles may match beyond `results`. */
  more: boolean;
}

/** Whether a query has words to look for; one letter alone is not yet a search. */
export function isSearch(query: string): boolean {
  return queryWords(query).length > 0;
}

/**
 * The first `limit` of `articles` (in their order) matching every word of `query`, each with why
 * it matched. The word index names the candidates; each is checked against its highlights and
 * text, which are read only for the articles shown.
 */
export async function searchLibrary(
  db: LibraryDb,
  articles: SavedArticle[],
  query: string,
  limit: number,
): Promise<SearchPage> {
  const words = queryWords(query);
  const docs = await findDocs(db.words, words);
  if (!docs) return { results: [], more: false };
  const candidates = articles.filter((a) => docs.has(a.doc));
  const results: SearchResult[] = [];
  let next = 0;
  while (results.length < limit && next < candidates.length) {
    const batch = candidates.slice(next, next + limit - results.length);
    next += batch.length;
    const ids = batch.map((a) => a.id);
    // One lookup per article, together in one read transaction. Dexie's anyOf walks one cursor
    // between the ids instead, which took 60-80 ms for 25 articles spread over a large library
    // (the newest of 5,000, from many sites) against about 10 ms this way (scripts/bench-library.ts).
    const perArticle = await db.transaction('r', db.highlights, () =>
      Promise.all(ids.map((id): Promise<unknown[]> => db.highlights.where('articleId').equals(id).toArray())),
    );
    // The batch's texts are read in one go, and only once one is needed: most matches are in a title or highlight.
    let texts: Promise<Map<string, string>> | undefined;
    const textOf = (id: string) => {
      texts ??= db.snapshots
        .bulkGet(ids)
        .then((found) => new Map(found.map((s, i) => [ids[i]!, typeof s?.text === 'string' ? s.text : ''])));
      return texts.then((map) => map.get(id) ?? '');
    };
    for (const [i, article] of batch.entries()) {
      const own = readableHighlights(perArticle[i]!).toSorted(byReadingOrder);
      const reason = await matchReason(article, own, () => textOf(article.id), words);
      if (reason) results.push({ article, reason });
    }
  }
  return { results, more: next < candidates.length };
}
