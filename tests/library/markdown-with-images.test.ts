import { unzipSync, strFromU8 } from 'fflate';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleIdFor } from '@/utils/library/article-id';
import { saveArticle } from '@/utils/library/article-store';
import { keepImages } from '@/utils/library/keep-images';
import { libraryFiles } from '@/utils/library/library-files';
import { DEFAULT_SETTINGS } from '@/utils/settings/reader-settings';
import { freshLibrary, sampleArticle } from '../support/library';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7]);
const SRC = 'https://img.example/harbour.png';
const article = {
  ...sampleArticle,
  html: `<p>The two leaders had a phone conversation.</p><figure><img src="${SRC}" alt="The harbour"></figure><p><img src="https://img.example/not-kept.png" alt="Elsewhere"></p>`,
};

// The popup's document, from jsdom; Blobs and object URLs are Node's own, as jsdom's Blob cannot be read.
const { window } = new JSDOM('<!doctype html>');
afterEach(() => vi.restoreAllMocks());

/** What `download` puts in the file it downloads, and the file's name. */
async function downloaded(download: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  let blob: Blob | undefined;
  let name = '';
  // The file is caught on its way out: jsdom follows no links.
  vi.spyOn(URL, 'createObjectURL').mockImplementation((made) => ((blob = made as Blob), 'blob:x'));
  vi.spyOn(window.HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    name = this.download;
  });
  await download();
  return { name, bytes: new Uint8Array(await blob!.arrayBuffer()) };
}

describe('one article as Markdown with its images', () => {
  it('is a zip of the Markdown and the kept images, linked relatively; the others keep their address', async () => {
    const db = freshLibrary();
    const id = articleIdFor(article);
    await saveArticle(db, id, article);
    // The other image's host does not answer.
    const fetch = async (url: string) => {
      if (url !== SRC) throw new TypeError('Failed to fetch');
      return new Blob([PNG]);
    };
    await keepImages(db, id, fetch, { signal: new AbortController().signal });
    const files = libraryFiles(
      db,
      { load: async () => DEFAULT_SETTINGS, save: async () => {} },
      { load: async () => ({}), merge: async () => {} },
      window.document,
      'en',
    );
    const saved = (await db.articles.get(id))!;

    const { name, bytes } = await downloaded(() => files.exportArticleWithImages(saved));
    expect(name).toBe('assad-thanks-putin.zip');
    const entries = unzipSync(bytes);
    const image = Object.keys(entries).find((path) => path.startsWith('images/'))!;
    expect(image).toMatch(/^images\/[0-9a-f]{64}\.png$/);
    expect([...entries[image]!]).toEqual([...PNG]);
    const markdown = strFromU8(entries['assad-thanks-putin.md']!);
    expect(markdown).toContain(`![The harbour](${image})`);
    expect(markdown).toContain('![Elsewhere](https://img.example/not-kept.png)');
  });
});
