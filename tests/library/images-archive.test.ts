import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '@/utils/extract/article';
import { articleIdFor } from '@/utils/library/article-id';
import { saveArticle } from '@/utils/library/article-store';
import { createBackup } from '@/utils/library/backup';
import { backupArchive } from '@/utils/library/images-archive';
import { keepImages } from '@/utils/library/keep-images';
import { loadKeptImages } from '@/utils/library/kept-images';
import type { LibraryDb } from '@/utils/library/library-db';
import { libraryFiles } from '@/utils/library/library-files';
import { DEFAULT_SETTINGS } from '@/utils/settings/reader-settings';
import { freshLibrary, quotaError, sampleArticle } from '../support/library';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (seed: number) => new Uint8Array([...PNG, seed, seed + 1, seed + 2]);
const GIF = new Uint8Array([...'GIF89a'].map((c) => c.charCodeAt(0)).concat([1, 0, 1, 0]));

const SHARED = 'https://img.example/shared.png';
const FILES: Record<string, Uint8Array> = {
  [SHARED]: png(1),
  'https://img.example/own.png': png(2),
  'https://img.example/buoy.gif': GIF,
};

function articleWith(name: string, srcs: string[]): Article {
  const url = `https://news.example/${name}`;
  const html = `<p>Text of ${name}.</p>${srcs.map((src) => `<img src="${src}" alt="${name}">`).join('')}`;
  return { ...sampleArticle, url, canonicalUrl: url, title: `Article ${name}`, html };
}

const serveFiles = async (url: string) => new Blob([FILES[url]! as BlobPart]);

/** Two saved articles sharing one image, all their images kept. */
async function libraryWithImages(): Promise<LibraryDb> {
  const db = freshLibrary();
  for (const article of [
    articleWith('one', [SHARED, 'https://img.example/own.png']),
    articleWith('two', [SHARED, 'https://img.example/buoy.gif']),
  ]) {
    const id = articleIdFor(article);
    await saveArticle(db, id, article);
    await keepImages(db, id, serveFiles, { signal: new AbortController().signal });
  }
  return db;
}

const settings = () => ({ load: vi.fn(async () => DEFAULT_SETTINGS), save: vi.fn(async () => {}) });

async function zipOf(db: LibraryDb): Promise<Uint8Array<ArrayBuffer>> {
  return backupArchive(db, (await createBackup(db, DEFAULT_SETTINGS)).backup);
}

/** Every article's kept images, as bytes by src. */
async function keptBytes(db: LibraryDb): Promise<Record<string, Record<string, number[]>>> {
  const all: Record<string, Record<string, number[]>> = {};
  for (const { id } of await db.articles.toArray()) {
    all[id] = {};
    for (const [src, blob] of await loadKeptImages(db, id))
      all[id][src] = [...new Uint8Array(await blob.arrayBuffer())];
  }
  return all;
}

// A library without site rules; the document is only used for downloads, which an import never makes.
const NO_RULES = { load: async () => ({}), merge: async () => {} };
const importInto = (db: LibraryDb, zip: Uint8Array<ArrayBuffer>, name = 'backup.zip') =>
  libraryFiles(db, settings(), NO_RULES, {} as Document).importBackup(new File([zip], name));

describe('a backup with images', () => {
  it('is a zip of the plain backup and each image once, which an empty library imports with the same bytes', async () => {
    const db = await libraryWithImages();
    const zip = await zipOf(db);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).filter((name) => name.startsWith('images/'))).toHaveLength(3);
    expect(JSON.parse(strFromU8(entries['backup.json']!)).format).toBe('lucid-reader-backup');

    const other = freshLibrary();
    const outcome = await importInto(other, zip);
    expect(outcome).toMatchObject({ ok: true, message: expect.stringContaining('New articles: 2') });
    expect(await keptBytes(other)).toEqual(await keptBytes(db));
    expect(await other.images.count()).toBe(3);
    expect(Object.keys(await keptBytes(other)).length).toBe(2);
  });

  it('is refused whole, with one sentence, when an image is not what its name says', async () => {
    const db = await libraryWithImages();
    const entries = unzipSync(await zipOf(db));
    const name = Object.keys(entries).find((path) => path.endsWith('.png'))!;
    entries[name] = png(99);
    const other = freshLibrary();
    const outcome = await importInto(other, zipSync(entries) as Uint8Array<ArrayBuffer>);
    expect(outcome).toEqual({
      ok: false,
      message: 'This backup is damaged: one of its images is missing or not what it should be. Nothing was imported.',
    });
    expect(await other.articles.count()).toBe(0);
    expect(await other.images.count()).toBe(0);
  });

  it('is refused when the zip is cut short or holds no backup', async () => {
    const zip = await zipOf(await libraryWithImages());
    const other = freshLibrary();
    expect(await importInto(other, zip.slice(0, zip.length / 2))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/damaged/),
    });
    const foreign = zipSync({ 'notes.txt': strToU8('hello') }) as Uint8Array<ArrayBuffer>;
    expect(await importInto(other, foreign)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a Lucid/),
    });
    expect(await other.articles.count()).toBe(0);
  });

  it('keeps the imported text when the disk is full for the images, and says so', async () => {
    const zip = await zipOf(await libraryWithImages());
    const other = freshLibrary();
    vi.spyOn(other.images, 'add').mockRejectedValue(quotaError());
    const outcome = await importInto(other, zip);
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toContain('Its images were not imported: the browser has no room left for them.');
    expect(await other.articles.count()).toBe(2);
    expect(await other.images.count()).toBe(0);
  });
});
