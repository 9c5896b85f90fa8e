import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Article } from '@/utils/extract/article';
import { HighlightLayer } from '@/utils/highlights/highlight-layer';

/**
 * The layer that draws highlights on the article's body, made anew for each article before the
 * hooks declared after this one run their effects; null while there is no article.
 */
export function useHighlightLayer(
  article: Article | null,
  body: RefObject<HTMLElement | null>,
): RefObject<HighlightLayer | null> {
  const layer = useRef<HighlightLayer | null>(null);
  useLayoutEffect(() => {
    layer.current = article && body.current ? new HighlightLayer(body.current) : null;
  }, [article]);
  return layer;
}
