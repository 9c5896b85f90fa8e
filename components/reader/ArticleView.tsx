import type { RefObject } from 'preact';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Article } from '@/utils/extract/article';
import { showKeptImages } from '@/utils/library/show-kept-images';
import { ArticleHeader } from './ArticleHeader';
import { afterNextPaint } from './after-next-paint';
import { deferImages, loadDeferredImages } from './images-after-text';

interface Props {
  /** `html` must already be sanitized (the Reader does it): it is inserted as it is. It shows the lead image too. */
  article: Article;
  /** The body element, where highlights are drawn (the header is not highlightable). */
  bodyRef?: RefObject<HTMLDivElement | null>;
  locale?: string;
  /** The person is choosing a block to remove: blocks are outlined under the pointer. */
  removing?: boolean;
  /** The images kept with a saved article, by their `src`: shown from these addresses instead. */
  imageUrls?: ReadonlyMap<string, string>;
}

/** The clean article: header, then the body extraction kept, lead image first. */
export function ArticleView({ article, bodyRef, locale, removing, imageUrls }: Props) {
  const html = useMemo(() => {
    const parser = new DOMParser();
    return deferImages(imageUrls ? showKeptImages(article.html, imageUrls, parser) : article.html, parser);
  }, [article, imageUrls]);
  const shown = useRef<HTMLElement>(null);
  // Set before the browser paints the new text, taken off right after (see data-unpainted in style.css).
  useLayoutEffect(() => {
    const el = shown.current;
    if (!el) return;
    el.setAttribute('data-unpainted', '');
    return afterNextPaint(() => {
      el.removeAttribute('data-unpainted');
      loadDeferredImages(el);
    });
  }, [html]);
  return (
    <article ref={shown} lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <ArticleHeader article={article} locale={locale} />
      <div
        class="article-body"
        ref={bodyRef}
        data-removing={removing ? '' : undefined}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </article>
  );
}
