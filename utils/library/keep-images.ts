import { MAX_IMAGES_PER_ARTICLE, imageSources } from './image-sources';
import { imageType, isInertSvg, type KeptImageType } from './image-type';
import type { LibraryDb } from './library-db';
import { sha256 } from './sha256';
import { isQuotaError } from './storage-error';

/** One image larger than this is not kept (a poster, a raw photo): the reader shows it from its site. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** All of one article's kept images together stay below this; the images past it are skipped. */
export const MAX_ARTICLE_IMAGE_BYTES = 50 * 1024 * 1024;
/** Images fetched at once: what browsers allow per host, so one slow image does not hold the others up. */
const AT_ONCE = 6;

/** Fetches an image's bytes; `too-large` when it says it is larger than `MAX_IMAGE_BYTES`. Rejects when it fails. */
export type FetchImage = (url: string, signal: AbortSignal) => Promise<Blob | 'too-large'>;

export interface ImagesProgress {
  /** Images dealt with so far: kept, skipped or failed. */
  done: number;
  total: number;
}

/** How keeping an article's images went. */
export interface KeptImagesOutcome extends ImagesProgress {
  kept: number;
  /** Beyond the bounds (size, type, count) or not inert (SVG): left to load from their site. */
  skipped: number;
  /** The addresses of the images that could not be fetched in time or stored. */
  failed: string[];
  /** The browser refused more storage: the text is kept, these images are not. */
  quota: boolean;
}

interface Fetched {
  blob: Blob;
  type: KeptImageType;
  hash: string;
}

/** The image's bytes and type when it is within bounds and of a kept type, else `skipped`. */
async function check(blob: Blob): Promise<{ type: KeptImageType; bytes: Uint8Array<ArrayBuffer> } | 'skipped'> {
  if (blob.size > MAX_IMAGE_BYTES) return 'skipped';
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const type = imageType(bytes);
  if (!type) return 'skipped';
  if (type === 'image/svg+xml' && !isInertSvg(new TextDecoder().decode(bytes))) return 'skipped';
  return { type, bytes };
}

/**
 * Stores one image of the article (or adds the article to an identical image already kept) and
 * notes it in the article's snapshot. False when the article is no longer in the library: nothing
 * is stored for it then.
 */
async function store(
  db: LibraryDb,
  articleId: string,
  src: string,
  hash: string,
  image: { blob: Blob; type: KeptImageType },
): Promise<boolean> {
  return db.transaction('rw', db.articles, db.snapshots, db.images, async () => {
    const article = await db.articles.get(articleId);
    if (!article || article.deletedAt !== null) return false;
    const existing = await db.images.get(hash);
    if (!existing)
      await db.images.add({ hash, blob: image.blob, type: image.type, size: image.blob.size, articles: [articleId] });
    else if (!existing.articles.includes(articleId))
      await db.images.update(hash, { articles: [...existing.articles, articleId] });
    await db.snapshots.update(articleId, (snapshot) => {
      snapshot.images = { ...snapshot.images, [src]: hash };
    });
    return true;
  });
}

/**
 * Fetches the images of a saved article and keeps them with it, each stored as it arrives so the
 * reader can count them ("12 of 20") and a failure later loses none already kept. Images already
 * kept are not fetched again, so running it twice only finishes what the first run left. `signal`
 * bounds the whole run (a slow host costs the save no more than its timeout): images not in by
 * then are counted as failed. Never throws for an image; a quota error stops the run, the text
 * and the images kept so far staying. Returns zero images for an article that is not saved.
 */
export async function keepImages(
  db: LibraryDb,
  articleId: string,
  fetchImage: FetchImage,
  { signal, onProgress = () => {} }: { signal: AbortSignal; onProgress?: (progress: ImagesProgress) => void },
): Promise<KeptImagesOutcome> {
  const snapshot = await db.snapshots.get(articleId);
  const article = await db.articles.get(articleId);
  const outcome: KeptImagesOutcome = { done: 0, total: 0, kept: 0, skipped: 0, failed: [], quota: false };
  if (!snapshot || !article || article.deletedAt !== null) return outcome;

  const all = imageSources(snapshot.html);
  const sources = all.slice(0, MAX_IMAGES_PER_ARTICLE);
  const already = snapshot.images ?? {};
  Object.assign(outcome, { total: all.length, skipped: all.length - sources.length });
  outcome.done = outcome.skipped;
  // Images kept by an earlier run count towards the article's bound too.
  const keptBefore = await db.images.bulkGet([...new Set(Object.values(already))]);
  let bytes = keptBefore.reduce((sum, image) => sum + (image?.size ?? 0), 0);
  /** Counts one image as dealt with, `how`: kept, skipped, or failed (the src, to name it). */
  const finish = (how: { kept: true } | { skipped: true } | { failed: string }) => {
    if ('kept' in how) outcome.kept++;
    else if ('skipped' in how) outcome.skipped++;
    else outcome.failed.push(how.failed);
    outcome.done++;
    onProgress({ done: outcome.done, total: outcome.total });
  };
  const KEPT = { kept: true } as const;
  const SKIPPED = { skipped: true } as const;

  /** The image ready to store, `skipped` when it is out of bounds, null when it could not be fetched. */
  async function fetchChecked(src: string): Promise<Fetched | 'skipped' | null> {
    try {
      const blob = await fetchImage(src, signal);
      if (blob === 'too-large') return 'skipped';
      const checked = await check(blob);
      if (checked === 'skipped') return 'skipped';
      const stored = new Blob([checked.bytes], { type: checked.type });
      return { blob: stored, type: checked.type, hash: await sha256(checked.bytes) };
    } catch {
      return null;
    }
  }

  async function keepOne(src: string): Promise<void> {
    if (already[src]) return finish(KEPT);
    if (outcome.quota || signal.aborted) return finish({ failed: src });
    const fetched = await fetchChecked(src);
    if (fetched === null || outcome.quota) return finish({ failed: src });
    if (fetched === 'skipped' || bytes + fetched.blob.size > MAX_ARTICLE_IMAGE_BYTES) return finish(SKIPPED);
    bytes += fetched.blob.size;
    try {
      if (!(await store(db, articleId, src, fetched.hash, fetched))) return finish({ failed: src });
      finish(KEPT);
    } catch (error) {
      if (isQuotaError(error)) outcome.quota = true;
      else console.error('Lucid Reader: keeping an image', error);
      finish({ failed: src });
    }
  }

  const queue = [...sources];
  const worker = async () => {
    for (let src = queue.shift(); src !== undefined; src = queue.shift()) await keepOne(src);
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return outcome;
}
