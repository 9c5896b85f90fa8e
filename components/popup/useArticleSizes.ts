import { useEffect, useState } from 'preact/hooks';
import { type ArticleSize, articleSizes } from '@/utils/library/kept-images';
import type { LibraryDb } from '@/utils/library/library-db';

/**
 * The room each listed article takes (its text and images) and its kept images, by id, read after the list is drawn:
 * the list never waits for it. Sizes not read yet, or unreadable, are missing.
 */
export function useArticleSizes(db: LibraryDb, ids: string[]): ReadonlyMap<string, ArticleSize> {
  const [sizes, setSizes] = useState<ReadonlyMap<string, ArticleSize>>(new Map());
  const key = ids.join('\n');
  useEffect(() => {
    let live = true;
    articleSizes(db, ids).then(
      (read) => live && setSizes(read),
      (error: unknown) => console.error('Lucid Reader: article sizes', error),
    );
    return () => {
      live = false;
    };
  }, [db, key]);
  return sizes;
}
