import { useEffect, useMemo, useState } from 'preact/hooks';
import { type ArticleSize, articleSizes } from '@/utils/library/kept-images';
import type { LibraryDb } from '@/utils/library/library-db';

/**
 * The room each listed article takes (its text and images) and its kept images, by id, read after the list is drawn:
 * the list never waits for it. Sizes not read yet, or unreadable, are missing. Each is read once for each
 * `listed` (the list read again, after an import that may bring images): a search shows the same articles key after key.
 */
export function useArticleSizes(db: LibraryDb, ids: string[], listed: number): ReadonlyMap<string, ArticleSize> {
  const known = useMemo(() => new Map<string, ArticleSize>(), [db, listed]);
  const [, setReads] = useState(0);
  const key = ids.join('\n');
  useEffect(() => {
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length === 0) return;
    articleSizes(db, missing).then(
      (read) => {
        for (const [id, size] of read) known.set(id, size);
        setReads((n) => n + 1);
      },
      (error: unknown) => console.error('Lucid Reader: article sizes', error),
    );
  }, [known, key]);
  return known;
}
