import type { LibraryDb } from './library-db';

/**
 * The images kept with a saved article, by the `<img src>` they stand in for; empty when none
 * were kept (or the article is not saved). An image whose record is gone is left out: the reader
 * then shows that one from its site.
 */
export async function loadKeptImages(db: LibraryDb, articleId: string): Promise<Map<string, Blob>> {
  return db.transaction('r', db.snapshots, db.images, async () => {
    const kept = Object.entries((await db.snapshots.get(articleId))?.images ?? {});
    const images = await db.images.bulkGet(kept.map(([, hash]) => hash));
    return new Map(kept.flatMap(([src], i) => (images[i] ? [[src, images[i].blob] as const] : [])));
  });
}

/**
 * Lets go of an article's images: each is deleted unless another article still shows it. Call
 * inside a transaction on the images table (with the article's purge).
 */
export async function releaseImages(db: LibraryDb, articleId: string): Promise<void> {
  const used = await db.images.where('articles').equals(articleId).toArray();
  const orphaned = used.filter((image) => image.articles.length === 1).map((image) => image.hash);
  await db.images.bulkDelete(orphaned);
  const shared = used.filter((image) => image.articles.length > 1);
  await db.images.bulkPut(
    shared.map((image) => ({ ...image, articles: image.articles.filter((id) => id !== articleId) })),
  );
}

/** The room a saved article takes, and how many images are kept with it. */
export interface ArticleSize {
  /** Its text (as UTF-8) and its images, shared ones counted in full. */
  bytes: number;
  images: number;
}

/** The size of each of `ids`, by id; an id not in the library is left out. */
export async function articleSizes(db: LibraryDb, ids: string[]): Promise<Map<string, ArticleSize>> {
  return db.transaction('r', db.snapshots, db.images, async () => {
    const snapshots = await db.snapshots.bulkGet(ids);
    const encoder = new TextEncoder();
    const sizes = new Map<string, ArticleSize>();
    for (const [i, id] of ids.entries()) {
      const snapshot = snapshots[i];
      if (!snapshot) continue;
      const images = (await db.images.bulkGet([...new Set(Object.values(snapshot.images ?? {}))])).filter(
        (image) => image !== undefined,
      );
      const imageBytes = images.reduce((sum, image) => sum + image.size, 0);
      const bytes = encoder.encode(snapshot.html).length + encoder.encode(snapshot.text).length + imageBytes;
      sizes.set(id, { bytes, images: images.length });
    }
    return sizes;
  });
}
