import { i18n } from '#i18n';
import type { Article } from '@/utils/extract/article';
import { displayHost, formatPublished, formatReadingTime } from '@/utils/article-format';
import { OPEN_STAGES } from '@/utils/open-stages';

interface Props {
  article: Article;
  locale?: string;
}

/** Site, title, byline, date and reading time: everything above the article's first paragraph. */
export function ArticleHeader({ article, locale }: Props) {
  const published = formatPublished(article.publishedTime, locale);
  return (
    <header class="article-header">
      <p class="site">{article.siteName ?? displayHost(article.url)}</p>
      {/* The browser times the title's first paint: the moment the article is shown. */}
      <h1 elementtiming={OPEN_STAGES.articleShown}>{article.title}</h1>
      <p class="meta">
        {article.byline && <span class="byline">{article.byline}</span>}
        {/* The reader's own words keep the UI's direction inside a right-to-left article ("1 min read"). */}
        {published && (
          <time dateTime={article.publishedTime ?? undefined} dir="auto">
            {published}
          </time>
        )}
        <span class="reading-time" dir="auto">
          {formatReadingTime(article.readingMinutes)}
        </span>
      </p>
      <p class="original">
        <a href={article.url} target="_blank" rel="noopener noreferrer" dir="auto">
          {i18n.t('reader.viewOriginal')}
        </a>
      </p>
    </header>
  );
}
