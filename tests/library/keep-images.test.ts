import { describe, expect, it, vi } from 'vitest';
import type { Article } from '@/utils/extract/article';
import { articleIdFor } from '@/utils/library/article-id';
import { deleteArticle, purgeDeleted, saveArticle, UNDO_DELETE_MS } from '@/utils/library/article-store';
import { type FetchImage, keepImages, MAX_IMAGE_BYTES } from '@/utils/library/keep-images';
import { articleSizes, loadKeptImages } from '@/utils/library/kept-images';
import type { LibraryDb } from '@/utils/library/library-db';
import { freshLibrary, quotaError, sampleArticle } from '../support/library';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG-looking file of `size` bytes whose content is told apart by `seed`. */
function png(seed: number, size = 64): Blob {
  const bytes = new Uint8Array(size);
  bytes.set(PNG_SIGNATURE);
  for (let i = PNG_SIGNATURE.length; i < size; i++) bytes[i] = (seed * 31 + i) % 256;
  return new Blob([bytes], { type: 'image/png' });
}

const svg = (body: string) =>
  new Blob([`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`]);

/** An article of `name` showing the images at `srcs`. */
function articleWith(name: string, srcs: string[]): { id: string; article: Article } {
  const url = `https://news.example/${name}`;
  const html = `<p>Text of ${name}.</p>${srcs.map((src) => `<figure><img src="${src}" alt=""></figure>`).join('')}`;
  const article = { ...sampleArticle, url, canonicalUrl: url, title: name, html };
  return { id: articleIdFor(article), article };
}

/** A fetch answering from `files`; any other address fails as a network error would. */
function serving(files: Record<string, Blob | 'too-large'>): FetchImage & { calls: string[] } {
  const calls: string[] = [];
  const fetch = async (url: string) => {
    calls.push(url);
    const file = files[url];
    if (!file) throw new TypeError('Failed to fetch');
    return file;
  };
  return Object.assign(fetch, { calls });
}

/** Answers at once, except from slow.example, which answers only when the run gives up. */
const slowFromSlowHost: FetchImage = (url, signal) =>
  url.includes('slow.example')
    ? new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)))
    : Promise.resolve(png(1));

async function saved(db: LibraryDb, name: string, srcs: string[]) {
  const { id, article } = articleWith(name, srcs);
  await saveArticle(db, id, article);
  return id;
}

const keep = (db: LibraryDb, id: string, fetch: FetchImage) =>
  keepImages(db, id, fetch, { signal: new AbortController().signal });

async function bytesOf(blob: Blob | undefined): Promise<number[]> {
  return [...new Uint8Array(await blob!.arrayBuffer())];
}

describe('keeping an article’s images', () => {
  it('stores each image with the article, the same bytes as fetched, shown by its src', async () => {
    const db = freshLibrary();
    const files = { 'https://img.example/a.png': png(1), 'https://img.example/b%20c.png?w=1&h=2': png(2) };
    const id = await saved(db, 'one', ['https://img.example/a.png', 'https://img.example/b%20c.png?w=1&amp;h=2']);
    const progress: number[] = [];
    const outcome = await keepImages(db, id, serving(files), {
      signal: new AbortController().signal,
      onProgress: ({ done }) => progress.push(done),
    });
    expect(outcome).toMatchObject({ total: 2, kept: 2, skipped: 0, failed: [], quota: false });
    expect(progress).toEqual([1, 2]);
    const kept = await loadKeptImages(db, id);
    expect([...kept.keys()].toSorted()).toEqual(Object.keys(files).toSorted());
    for (const [src, blob] of Object.entries(files)) expect(await bytesOf(kept.get(src))).toEqual(await bytesOf(blob));
    expect(kept.get('https://img.example/a.png')?.type).toBe('image/png');
  });

  it('stores an image two articles show once, and fetches nothing already kept', async () => {
    const db = freshLibrary();
    const shared = 'https://img.example/shared.png';
    const fetch = serving({ [shared]: png(1), 'https://other.example/same-bytes.png': png(1) });
    const one = await saved(db, 'one', [shared]);
    const two = await saved(db, 'two', ['https://other.example/same-bytes.png']);
    await keep(db, one, fetch);
    await keep(db, two, fetch);
    await keep(db, one, fetch);
    expect(fetch.calls).toEqual([shared, 'https://other.example/same-bytes.png']);
    expect(await db.images.count()).toBe(1);
    expect((await db.images.toArray())[0]!.articles.toSorted()).toEqual([one, two].toSorted());
  });

  it('frees an article’s images when it is deleted for good, except those another article still shows', async () => {
    const db = freshLibrary();
    const fetch = serving({
      'https://img.example/own.png': png(1),
      'https://img.example/shared.png': png(2),
      'https://img.example/other.png': png(3),
    });
    const one = await saved(db, 'one', ['https://img.example/own.png', 'https://img.example/shared.png']);
    const two = await saved(db, 'two', ['https://img.example/shared.png', 'https://img.example/other.png']);
    await keep(db, one, fetch);
    await keep(db, two, fetch);
    expect(await db.images.count()).toBe(3);

    await deleteArticle(db, one, 1000);
    await purgeDeleted(db, 1000 + UNDO_DELETE_MS);
    expect(await db.images.count()).toBe(2);
    const left = await loadKeptImages(db, two);
    expect(await bytesOf(left.get('https://img.example/shared.png'))).toEqual(await bytesOf(png(2)));

    await deleteArticle(db, two, 2000);
    await purgeDeleted(db, 2000 + UNDO_DELETE_MS);
    expect(await db.images.count()).toBe(0);
  });

  it('skips images out of bounds or of other types, and counts them', async () => {
    const db = freshLibrary();
    const files: Record<string, Blob | 'too-large'> = {
      'https://img.example/huge.png': png(1, MAX_IMAGE_BYTES + 1),
      'https://img.example/says-huge.png': 'too-large',
      'https://img.example/page.html': new Blob(['<!doctype html><p>Not found</p>'], { type: 'image/png' }),
      'https://img.example/script.svg': svg('<script>alert(1)</script>'),
      'https://img.example/handler.svg': svg('<rect onload="alert(1)"/>'),
      'https://img.example/remote.svg': svg('<image href="https://tracker.example/x.png"/>'),
      'https://img.example/chart.svg': svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)"/>'),
      'https://img.example/photo.jpg': new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])]),
    };
    const id = await saved(db, 'one', Object.keys(files));
    const outcome = await keep(db, id, serving(files));
    expect(outcome).toMatchObject({ total: 8, kept: 2, skipped: 6, failed: [] });
    const kept = await loadKeptImages(db, id);
    expect([...kept.keys()].toSorted()).toEqual(['https://img.example/chart.svg', 'https://img.example/photo.jpg']);
    expect(kept.get('https://img.example/chart.svg')?.type).toBe('image/svg+xml');
    expect(kept.get('https://img.example/photo.jpg')?.type).toBe('image/jpeg');
  });

  it('keeps no more than 50 MB for one article', async () => {
    const db = freshLibrary();
    const srcs = Array.from({ length: 6 }, (_, i) => `https://img.example/${i}.png`);
    const nineMb = 9 * 1024 * 1024;
    const files = Object.fromEntries(srcs.map((src, i) => [src, png(i, nineMb)]));
    const id = await saved(db, 'one', srcs);
    expect(await keep(db, id, serving(files))).toMatchObject({ total: 6, kept: 5, skipped: 1 });
    const size = (await articleSizes(db, [id])).get(id);
    expect(size?.images).toBe(5);
    expect(size?.bytes).toBeGreaterThan(5 * nineMb);
  });

  it('gives up on what has not arrived when its time is up, keeping what has', async () => {
    const db = freshLibrary();
    const deadline = new AbortController();
    const id = await saved(db, 'one', ['https://slow.example/a.png', 'https://img.example/fast.png']);
    const outcome = await keepImages(db, id, slowFromSlowHost, {
      signal: deadline.signal,
      // Time runs out once the fast image is in.
      onProgress: () => deadline.abort(),
    });
    expect(outcome).toMatchObject({ total: 2, kept: 1, failed: ['https://slow.example/a.png'] });
  });

  it('keeps the text when the browser has no room for the images, and says which were not kept', async () => {
    const db = freshLibrary();
    const files = { 'https://img.example/a.png': png(1), 'https://img.example/b.png': png(2) };
    const id = await saved(db, 'one', Object.keys(files));
    const add = vi.spyOn(db.images, 'add').mockRejectedValue(quotaError());
    const outcome = await keep(db, id, serving(files));
    add.mockRestore();
    expect(outcome.quota).toBe(true);
    expect(outcome.failed.toSorted()).toEqual(Object.keys(files));
    expect((await db.snapshots.get(id))?.text).toBe(sampleArticle.text);
    expect(await db.images.count()).toBe(0);
  });

  it('stores nothing for an article deleted meanwhile, or never saved', async () => {
    const db = freshLibrary();
    const files = { 'https://img.example/a.png': png(1) };
    const id = await saved(db, 'one', Object.keys(files));
    await deleteArticle(db, id);
    expect(await keep(db, id, serving(files))).toMatchObject({ total: 0, kept: 0 });
    expect(await keep(db, 'https://news.example/never', serving(files))).toMatchObject({ total: 0 });
    expect(await db.images.count()).toBe(0);
  });
});
