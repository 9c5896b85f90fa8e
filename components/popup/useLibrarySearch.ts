import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '@/utils/library/library-db';
import { SEARCH_PAGE } from '@/utils/library/page-sizes';
import type { SavedArticle } from '@/utils/library/records';
import { SearchReads } from '@/utils/library/search-reads';
import { isSearch, searchLibrary, type SearchResult } from '@/utils/library/search-library';

/**
 * Searching `articles` as the person types: a page of results at a time. `listed` counts the
 * times the whole list was read (0 until it is): searching waits for it, and each reading starts
 * afresh. Once the list is read, the word index is read into memory, so that each key is answered
 * without the database, from the first.
 */
export function useLibrarySearch(
  db: LibraryDb,
  articles: SavedArticle[],
  listed: number,
  failed: (error: unknown) => void,
) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(SEARCH_PAGE);
  const [search, setSearch] = useState<{ query: string; results: SearchResult[]; more: boolean } | null>(null);
  const searches = useRef(0);
  // An import reads the list again, and may have changed any article: nothing read before is kept.
  const reads = useMemo(() => new SearchReads(db), [db, listed]);
  const searching = isSearch(query);

  // Read as soon as the list is (a part at a time, between the searches' own reads), so that the
  // first words typed are answered from memory too, not by the database.
  useEffect(() => {
    if (listed === 0) return;
    // Until it is in memory, or if it cannot be read, each search asks the database.
    reads.loadIndex().catch((error: unknown) => console.error('Lucid Reader: search index', error));
  }, [reads, listed]);

  // Before paint, not after it: the search starts a frame sooner after each key.
  useLayoutEffect(() => {
    if (!searching || listed === 0) return setSearch(null);
    const mine = ++searches.current;
    searchLibrary(db, articles, query, limit, reads).then((page) => {
      if (mine === searches.current) setSearch({ query, ...page });
    }, failed);
  }, [query, limit, articles, reads]);

  return {
    query,
    setQuery: (q: string) => {
      setQuery(q);
      setLimit(SEARCH_PAGE);
    },
    searching,
    results: search?.results ?? [],
    more: search?.more ?? false,
    showMore: () => setLimit((n) => n + SEARCH_PAGE),
    /** The search whose results are shown lags the query while it runs. */
    searchedFor: search?.query ?? null,
  };
}
