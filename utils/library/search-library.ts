import { readableHighlights } from '../highlights/parse-highlight';
import { byReadingOrder } from '../highlights/types';
import type { LibraryDb } from './library-db';
import { matchReason, type MatchReason } from './match-reason';
import type { SavedArticle } from './records';
import { SearchReads, type SearchText } from './search-reads';
import { queryWords } from './search-words';

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
 * text, which are read only for the articles shown. `reads` may keep what it read for the next
 * search (see search-reads.ts).
 */
export async function searchLibrary(
  db: LibraryDb,
  articles: SavedArticle[],
  query: string,
  limit: number,
  reads = new SearchReads(db),
): Promise<SearchPage> {
  const words = queryWords(query);
  const docs = await reads.findDocs(words);
  if (!docs) return { results: [], more: false };
  const candidates = articles.filter((a) => docs.has(a.doc));
  const results: SearchResult[] = [];
  let next = 0;
  while (results.length < limit && next < candidates.length) {
    const batch = candidates.slice(next, next + limit - results.length);
    next += batch.length;
    const ids = batch.map((a) => a.id);
    const perArticle = await reads.highlights(ids);
    // The batch's texts are read in one go, and only once one is needed: most matches are in a title or highlight.
    let texts: Promise<Map<string, SearchText>> | undefined;
    const textOf = (id: string) => {
      texts ??= reads.texts(ids);
      return texts.then((map) => map.get(id)!);
    };
    for (const [i, article] of batch.entries()) {
      const own = readableHighlights(perArticle[i]!).toSorted(byReadingOrder);
      const reason = await matchReason(article, own, () => textOf(article.id), words);
      if (reason) results.push({ article, reason });
    }
  }
  return { results, more: next < candidates.length };
}
