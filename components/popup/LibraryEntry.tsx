import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { displayHost, formatReadingTime, formatShortDate } from '@/utils/article-format';
import { formatBytes } from '@/utils/format-bytes';
import type { ArticleSize } from '@/utils/library/kept-images';
import type { LibraryDb } from '@/utils/library/library-db';
import type { MatchReason } from '@/utils/library/match-reason';
import type { SavedArticle } from '@/utils/library/records';
import { savedArticleLink } from '@/utils/library/saved-article-link';
import { EntryHighlights } from './EntryHighlights';

interface Props {
  db: LibraryDb;
  article: SavedArticle;
  reason?: MatchReason;
  isCurrentPage: boolean;
  locale?: string;
  /** The room it takes and its kept images; unknown until read. */
  size?: ArticleSize;
  onExport: (article: SavedArticle) => void;
  onExportWithImages: (article: SavedArticle) => void;
  onDelete: (article: SavedArticle) => void;
}

/** What a search result shows under its title: where the words were found. */
function Why({ reason }: { reason: MatchReason }) {
  if (reason.kind === 'title') return null;
  if (reason.kind === 'site') return <p class="why">{i18n.t('library.matchSite')}</p>;
  if (reason.kind === 'text') {
    return (
      <p class="why">
        <span class="why-kind">{i18n.t('library.matchText')}:</span> {reason.text}
      </p>
    );
  }
  return (
    <p class="why">
      <span class="why-kind">{i18n.t('library.matchHighlight')}:</span> <q>{reason.text}</q>
      {reason.note && (
        <>
          {' '}
          <span class="why-kind">{i18n.t('library.matchNote')}:</span> {reason.note}
        </>
      )}
    </p>
  );
}

/** One saved article in the popup: open it, review its highlights, export or delete it. */
export function LibraryEntry({
  db,
  article,
  reason,
  isCurrentPage,
  locale,
  size,
  onExport,
  onExportWithImages,
  onDelete,
}: Props) {
  const [expanded, setExpanded] = useState(false);
  const percent = Math.round(article.progress * 100);
  const savedOn = formatShortDate(article.savedAt, locale);
  const highlightsId = `highlights-${article.doc}`;
  return (
    <li class="entry">
      {isCurrentPage && <p class="this-page">{i18n.t('library.thisPage')}</p>}
      <a class="entry-title" href={savedArticleLink(article.id)} target="_blank" dir="auto">
        {article.title}
      </a>
      <p class="entry-meta">
        <span dir="auto">{article.siteName ?? displayHost(article.url)}</span>
        <span>{i18n.t('library.savedOn', [savedOn])}</span>
        <span>{formatReadingTime(article.readingMinutes)}</span>
        {article.highlightCount > 0 && <span>{i18n.t('library.highlightCount', article.highlightCount)}</span>}
        {size && <span class="entry-size">{formatBytes(size.bytes, locale)}</span>}
      </p>
      <div
        class="entry-progress"
        role="progressbar"
        aria-label={i18n.t('library.readPercent', [String(percent)])}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div style={{ inlineSize: `${percent}%` }} />
      </div>
      {reason && (reason.kind !== 'highlight' || !expanded) && <Why reason={reason} />}
      <div class="entry-actions">
        {article.highlightCount > 0 && (
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={highlightsId}
            onClick={() => setExpanded((open) => !open)}
          >
            {expanded ? i18n.t('library.hideHighlights') : i18n.t('library.showHighlights')}
          </button>
        )}
        <button
          type="button"
          title={i18n.t('library.markdownTitle', [article.title])}
          onClick={() => onExport(article)}
        >
          {i18n.t('library.markdown')}
        </button>
        {size && size.images > 0 && (
          <button
            type="button"
            title={i18n.t('images.markdownTitle', [article.title])}
            onClick={() => onExportWithImages(article)}
          >
            {i18n.t('images.markdown')}
          </button>
        )}
        <button type="button" title={i18n.t('library.deleteTitle', [article.title])} onClick={() => onDelete(article)}>
          {i18n.t('library.delete')}
        </button>
      </div>
      {expanded && (
        <div id={highlightsId}>
          <EntryHighlights db={db} articleId={article.id} />
        </div>
      )}
    </li>
  );
}
