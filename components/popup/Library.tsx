import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ArticleList } from '@/utils/library/article-store';
import type { LibraryDb } from '@/utils/library/library-db';
import type { LibraryFiles } from '@/utils/library/library-files';
import { LiveRegion } from '../shared/LiveRegion';
import { useAnnouncer } from '../shared/useAnnouncer';
import { LibraryEntry } from './LibraryEntry';
import { useArticleSizes } from './useArticleSizes';
import { useLibrary } from './useLibrary';

interface Props {
  db: LibraryDb;
  /** The current tab's address: its entry, when saved, comes first. */
  pageUrl?: string;
  files: LibraryFiles;
  locale?: string;
  /**
   * Where a file cannot be chosen from here (Firefox closes its popup when the file dialog opens):
   * opens the library in a tab instead, with export and import shown.
   */
  importElsewhere?: () => void;
  /** Export and import shown from the start. */
  toolsOpen?: boolean;
  /** The newest articles, when asked for before the popup was drawn (see `listArticles`): drawn at once when already there. */
  firstPage?: ArticleList | Promise<ArticleList>;
}

/** The saved articles, below "Read this page": search, review, open, export, delete with undo, import. */
export function Library({ db, pageUrl, files, locale, importElsewhere, toolsOpen, firstPage }: Props) {
  const { announcement, say } = useAnnouncer();
  const library = useLibrary(db, pageUrl, say, firstPage);
  const fileInput = useRef<HTMLInputElement>(null);
  const { entries } = library;
  const sizes = useArticleSizes(
    db,
    entries.map((entry) => entry.article.id),
    library.listed,
  );

  /** Runs a file action; a failure is said, never thrown into the popup. */
  async function run(action: () => Promise<unknown>) {
    try {
      await action();
    } catch (error) {
      console.error('Lucid Reader: library file', error);
      say(i18n.t('library.fileFailed'), true);
    }
  }

  async function importFile(file: File | undefined) {
    if (!file || library.refuseUnlessByPerson()) return;
    const outcome = await files.importBackup(file);
    say(outcome.message, !outcome.ok);
    if (outcome.ok) await library.reload();
  }

  let status = '';
  if (library.search.searching && library.search.searchedFor !== null) {
    if (entries.length === 0) status = i18n.t('library.noMatch', [library.search.query.trim()]);
    else
      status = library.more
        ? i18n.t('library.resultsFirst', [String(entries.length)])
        : i18n.t('library.results', entries.length);
  } else if (!library.search.searching && !library.loading && entries.length === 0) {
    status =
      library.withHighlights && library.total > 0 ? i18n.t('library.noneWithHighlights') : i18n.t('library.empty');
  }

  return (
    <section class="library" aria-labelledby="library-heading">
      <h2 id="library-heading">{i18n.t('library.heading')}</h2>
      <div class="library-filters">
        <input
          type="search"
          aria-label={i18n.t('library.search')}
          placeholder={i18n.t('library.searchPlaceholder')}
          value={library.search.query}
          onInput={(event) => library.search.setQuery(event.currentTarget.value)}
        />
        <label>
          <input
            type="checkbox"
            checked={library.withHighlights}
            onChange={(event) => library.setWithHighlights(event.currentTarget.checked)}
          />{' '}
          {i18n.t('library.withHighlights')}
        </label>
      </div>
      <p class="library-status" role="status">
        {status}
      </p>
      {library.unreadable > 0 && <p class="library-unreadable">{i18n.t('library.unreadable', library.unreadable)}</p>}
      {/* data-searched: the query the shown results answer (they lag the box while a search runs); the benchmark waits on it. */}
      <ul class="entries" aria-busy={library.loading} data-searched={library.search.searchedFor ?? ''}>
        {entries.map(({ article, reason }) => (
          <LibraryEntry
            key={article.id}
            db={db}
            article={article}
            reason={reason}
            isCurrentPage={article.id === library.currentId}
            locale={locale}
            size={sizes.get(article.id)}
            onExport={(a) => void run(() => files.exportArticle(a))}
            onExportWithImages={(a) => void run(() => files.exportArticleWithImages(a))}
            onDelete={(a) => void library.remove(a)}
          />
        ))}
      </ul>
      {library.more && entries.length > 0 && (
        <button type="button" class="show-more" onClick={library.showMore}>
          {i18n.t('library.showMore')}
        </button>
      )}
      {library.deleted.length > 0 && (
        <ul class="undo-offers" aria-label={i18n.t('library.undo')}>
          {library.deleted.map((article) => (
            <li key={article.id}>
              <span>{i18n.t('library.deleted', [article.title])}</span>{' '}
              <button type="button" onClick={() => void library.undo(article)}>
                {i18n.t('library.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <LiveRegion announcement={announcement} alertClass="notice" />
      <details class="library-tools" open={toolsOpen}>
        <summary>{i18n.t('library.tools')}</summary>
        <div class="tools">
          <button type="button" onClick={() => void run(files.exportAll)}>
            {i18n.t('library.exportAll')}
          </button>
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                const leftOut = await files.backup();
                if (leftOut) say(leftOut, true);
              })
            }
          >
            {i18n.t('library.backup')}
          </button>
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                const leftOut = await files.backup(true);
                if (leftOut) say(leftOut, true);
              })
            }
          >
            {i18n.t('images.backup')}
          </button>
          <button type="button" onClick={() => (importElsewhere ? importElsewhere() : fileInput.current?.click())}>
            {i18n.t('library.import')}
          </button>
        </div>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.zip,application/json,application/zip"
          hidden
          onChange={(event) => {
            const input = event.currentTarget;
            void run(() => importFile(input.files?.[0])).then(() => (input.value = ''));
          }}
        />
      </details>
    </section>
  );
}
