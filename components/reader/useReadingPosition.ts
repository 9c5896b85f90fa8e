import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '@/utils/extract/article';
import { articleIdFor } from '@/utils/library/article-id';
import type { ReaderLibrary } from '@/utils/extension/message-client';
import { afterNextPaint } from './after-next-paint';
import { progressThrough, scrollToProgress } from './reading-position';

/** Reading positions are written at most this often while scrolling. */
const WRITE_EVERY_MS = 1_000;
/** Closer to the top than this is not worth jumping to. */
const MIN_RESUME = 0.01;

interface Options {
  article: Article | null;
  body: RefObject<HTMLElement | null>;
  /** The article's place in the library; null until known. */
  entry: { saved: boolean; progress: number } | null;
  library: ReaderLibrary;
  /** Where to start instead of the remembered position: a highlight, shown by `showHighlight`. */
  startAt?: string;
  showHighlight: (id: string) => void;
}

/**
 * A saved article opens where the reader left it (or at the highlight asked for), and the place
 * is remembered as they scroll. Articles not in the library leave no trace.
 */
export function useReadingPosition({ article, body, entry, library, startAt, showHighlight }: Options): void {
  const started = useRef<Article | null>(null);

  useEffect(() => {
    const el = body.current;
    if (!article || !entry || !el || started.current === article) return;
    // Once the article has been painted: only then are all its blocks laid out (see ArticleView).
    return afterNextPaint(() => {
      started.current = article;
      if (startAt) showHighlight(startAt);
      else if (entry.saved && entry.progress > MIN_RESUME) scrollToProgress(el, entry.progress);
    });
  }, [article, entry]);

  const saved = !!entry?.saved;
  useEffect(() => {
    const el = body.current;
    if (!article || !saved || !el) return;
    const articleId = articleIdFor(article);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      timer = undefined;
      void library['set-progress']({ articleId, progress: progressThrough(el) });
    };
    const onScroll = () => {
      timer ??= setTimeout(write, WRITE_EVERY_MS);
    };
    // A tab closed or hidden right after scrolling still keeps its place.
    const onHide = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      write();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      onHide();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [article, saved]);
}
