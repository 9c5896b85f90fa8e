import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { byPerson } from '@/utils/extension/user-activation';
import { articleIdFor } from '@/utils/library/article-id';
import {
  deleteArticle,
  listArticles,
  type ArticleList,
  purgeDeleted,
  recentlyDeleted,
  UNDO_DELETE_MS,
  undoDelete,
} from '@/utils/library/article-store';
import type { LibraryDb } from '@/utils/library/library-db';
import { LIST_PAGE } from '@/utils/library/page-sizes';
import type { SavedArticle } from '@/utils/library/records';
import type { SearchResult } from '@/utils/library/search-library';
import type { Say } from '../shared/useAnnouncer';
import { useLibrarySearch } from './useLibrarySearch';

/** An entry as the list shows it: the article, and why it matched when searching. */
type Entry = { article: SavedArticle; reason?: SearchResult['reason'] };

/** The id the current tab's page would be saved under, so its entry can come first. */
function idOfPage(url: string | undefined): string | null {
  try {
    return url ? articleIdFor({ url, canonicalUrl: '' }) : null;
  } catch {
    return null;
  }
}

/**
 * The library as the popup shows it: the newest articles at once, then all of them for searching,
 * filtering and "Show more"; deleting with a time to undo, which survives closing the popup. What
 * happened, or failed, is told to `say`.
 */
export function useLibrary(
  db: LibraryDb,
  pageUrl: string | undefined,
  say: Say,
  firstPage?: ArticleList | Promise<ArticleList>,
) {
  const [articles, setArticles] = useState<SavedArticle[] | null>(
    firstPage instanceof Promise ? null : (firstPage?.articles ?? null),
  );
  /** How many times the whole list was read: 0 while only the first screenful is. */
  const [listed, setListed] = useState(0);
  const [unreadable, setUnreadable] = useState(0);
  const [withHighlights, setWithHighlights] = useState(false);
  const [shown, setShown] = useState(LIST_PAGE);
  const [deleted, setDeleted] = useState<SavedArticle[]>([]);
  const pageId = idOfPage(pageUrl);

  const failed = (error: unknown) => {
    console.error('Lucid Reader: library', error);
    say(i18n.t('library.loadListFailed'), true);
  };

  /**
   * Lists the library: `first` (the first screenful, so the popup shows at once whatever the
   * library's size), then all of it, with the deletions that can still be undone.
   */
  async function load(first: ArticleList | Promise<ArticleList>, live: () => boolean) {
    const page = await first;
    if (live()) setArticles(page.articles);
    await purgeDeleted(db);
    const [all, recent] = await Promise.all([listArticles(db), recentlyDeleted(db)]);
    if (!live()) return;
    setArticles(all.articles);
    setUnreadable(all.unreadable);
    setListed((n) => n + 1);
    setDeleted(recent);
  }

  // Before paint, not after it: the first screenful is drawn as soon as it is read.
  useLayoutEffect(() => {
    let live = true;
    load(firstPage ?? listArticles(db, LIST_PAGE), () => live).catch(failed);
    return () => {
      live = false;
    };
  }, [db]);

  const filtered = useMemo(
    () => (articles ?? []).filter((a) => !withHighlights || a.highlightCount > 0),
    [articles, withHighlights],
  );
  const search = useLibrarySearch(db, filtered, listed, failed);
  // Not on each key press: it reads every article's address.
  const current = useMemo(
    () => filtered.find((a) => a.id === pageId || idOfPage(a.url) === pageId),
    [filtered, pageId],
  );

  // Each undo offer lasts as long as the deletion can be undone.
  useEffect(() => {
    if (deleted.length === 0) return;
    const oldest = Math.min(...deleted.map((a) => a.deletedAt!));
    const timer = setTimeout(
      () => setDeleted((list) => list.filter((a) => a.deletedAt! > Date.now() - UNDO_DELETE_MS)),
      oldest + UNDO_DELETE_MS - Date.now(),
    );
    return () => clearTimeout(timer);
  }, [deleted]);

  let entries: Entry[];
  let more: boolean;
  if (search.searching) {
    entries = search.results;
    more = search.more;
  } else {
    // The current page's entry first, when it is saved.
    const ordered = current ? [current, ...filtered.filter((a) => a !== current)] : filtered;
    entries = ordered.slice(0, shown).map((article) => ({ article }));
    more = ordered.length > shown || listed === 0;
  }

  const refuseUnlessByPerson = () => {
    if (byPerson()) return false;
    say(i18n.t('library.notByPerson'), true);
    return true;
  };

  async function remove(article: SavedArticle) {
    if (refuseUnlessByPerson()) return;
    const now = Date.now();
    if (!(await deleteArticle(db, article.id, now).catch(() => false))) {
      return say(i18n.t('library.deleteFailed', [article.title]), true);
    }
    setArticles((list) => list && list.filter((a) => a.id !== article.id));
    setDeleted((list) => [{ ...article, deletedAt: now }, ...list]);
    say(i18n.t('library.deleted', [article.title]));
  }

  async function undo(article: SavedArticle) {
    if (refuseUnlessByPerson()) return;
    setDeleted((list) => list.filter((a) => a.id !== article.id));
    if (!(await undoDelete(db, article.id).catch(() => false))) {
      return say(i18n.t('library.tooLateToUndo', [article.title]), true);
    }
    const back = { ...article, deletedAt: null };
    setArticles((list) => list && [...list, back].toSorted((a, b) => b.savedAt - a.savedAt));
    say(i18n.t('library.undone', [article.title]));
  }

  /** Reads the library again, as on opening (after an import, which may also bring back a deleted article). */
  const reload = () => load(listArticles(db, LIST_PAGE), () => true);

  return {
    loading: articles === null,
    total: articles?.length ?? 0,
    /** How many times the whole list was read: 0 while only the first screenful is. */
    listed,
    entries,
    more,
    showMore: () => (search.searching ? search.showMore() : setShown((n) => n + LIST_PAGE)),
    /** The query, its results and the search they answer. */
    search,
    withHighlights,
    setWithHighlights,
    unreadable,
    /** The current page's article, when it is saved. */
    currentId: current?.id ?? null,
    deleted,
    remove,
    undo,
    reload,
    refuseUnlessByPerson,
  };
}
