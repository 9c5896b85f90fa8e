import type { Article } from '@/utils/extract/article';
import { ArticleHeader } from './ArticleHeader';
import { LeadImage } from './LeadImage';

interface Props {
  /** `html` must already be sanitized: it is inserted as it is. */
  article: Article;
  locale?: string;
}

/** The clean article: header, lead image, then the body extraction kept. */
export function ArticleView({ article, locale }: Props) {
  return (
    <article lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <ArticleHeader article={article} locale={locale} />
      {article.leadImage && <LeadImage image={article.leadImage} />}
      <div class="article-body" dangerouslySetInnerHTML={{ __html: article.html }} />
    </article>
  );
}
