/**
 * Keeping images with saved articles, measured (`npx tsx scripts/bench-images.ts`, under xvfb-run
 * like the other benches). Builds the extension and, in headless Chromium with it, the image hosts
 * granted as in the end-to-end test (a first save answers the reader's question):
 * - saves an article with 20 images served from 127.0.0.1 (18 PNG, an SVG, a GIF) with `s`, five
 *   times from a clean library: from the key to "Saved" (the text), and to "Kept 20 of 20" (the
 *   images);
 * - reports that article's room in the database: its text and images as stored, and the growth of
 *   the extension's IndexedDB on disk;
 * - imports a zip backup of 500 articles with 20 images each (10,000 distinct PNGs) from the popup,
 *   then opens the popup fresh: until the first entry is in the page, and until the sizes are shown;
 *   and opens one saved article in its tab: until all 20 images are decoded from the library.
 * Prints figures; a benchmark, so nothing is asserted.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { Page } from 'playwright-core';
import { cleanProfile } from '../tests/e2e/support/clean-profile';
import { grantImageHosts } from '../tests/e2e/support/grant-image-hosts';
import { serveImageSite } from '../tests/e2e/support/image-site';
import { launchExtension } from '../tests/e2e/support/launch-extension';
import { openReaderDocument } from '../tests/e2e/support/open-reader';
import { pressInReader } from '../tests/e2e/support/reader-input';
import { articleIdFor } from '../utils/library/article-id';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupArticle } from '../utils/library/backup';
import { type ArchiveImages, backupZip } from '../utils/library/images-archive';
import { sha256 } from '../utils/library/sha256';
import { DEFAULT_SETTINGS } from '../utils/settings/reader-settings';
import { median } from './median';
import { indexedDbOnDisk } from './indexed-db-on-disk';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SAVES = 5;
const LIBRARY_ARTICLES = 500;
const IMAGES_PER_ARTICLE = 20;
const POPUP_OPENS = 5;

const ms = (value: number) => `${Math.round(value)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The article's text and images as the library stores them, read with IndexedDB in an extension page. */
async function storedBytes(page: Page, articleId: string): Promise<{ text: number; images: number; count: number }> {
  // tsx keeps function names with a helper (__name) that the page lacks: it is given one doing nothing.
  await page.evaluate('globalThis.__name = (f) => f');
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lucid-reader-library');
      request.addEventListener('success', () => resolve(request.result));
      request.addEventListener('error', () => reject(request.error));
    });
    const read = (store: string, key: string) =>
      new Promise<unknown>((resolve) => {
        const request = db.transaction(store).objectStore(store).get(key);
        request.addEventListener('success', () => resolve(request.result));
      });
    const snapshot = (await read('snapshots', id)) as { html: string; text: string; images: Record<string, string> };
    const hashes = [...new Set(Object.values(snapshot.images ?? {}))];
    let images = 0;
    for (const hash of hashes) images += ((await read('images', hash)) as { size: number }).size;
    db.close();
    const encoder = new TextEncoder();
    return {
      text: encoder.encode(snapshot.html).length + encoder.encode(snapshot.text).length,
      images,
      count: hashes.length,
    };
  }, articleId);
}

/**
 * A zip backup of 500 articles with 20 images each: 10,000 distinct PNGs, one picture with bytes
 * of its own after its end (which decoders ignore).
 */
async function libraryBackup(): Promise<{ zip: Uint8Array<ArrayBuffer>; imageBytes: number; firstId: string }> {
  // A small picture (a few kB): 10,000 of them stay well within a backup's 500 MB.
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"><rect width="320" height="200" fill="#369"/>' +
    '<circle cx="160" cy="100" r="60" fill="#fc6"/><rect y="150" width="320" height="50" fill="#036"/></svg>';
  const picture = new Resvg(svg).render().asPng();
  const articles: BackupArticle[] = [];
  const snapshots: Backup['snapshots'] = [];
  const images: ArchiveImages = { files: new Map(), articles: {} };
  let imageBytes = 0;
  const first = Date.UTC(2025, 0, 1);
  for (let i = 0; i < LIBRARY_ARTICLES; i++) {
    const url = `https://harbour.example/${i}/pictures`;
    const id = articleIdFor({ url, canonicalUrl: url });
    const srcs = Array.from({ length: IMAGES_PER_ARTICLE }, (_, n) => `https://img.harbour.example/${i}/${n}.png`);
    const paragraph = `Morning ${i} on the harbour: the ferries, the tide, the boats coming in with their catch.`;
    const html = srcs.map((src, n) => `<p>${paragraph}</p><figure><img src="${src}" alt="Picture ${n}"></figure>`);
    const saved = first + i * 60_000;
    articles.push({
      id,
      url,
      canonicalUrl: url,
      title: `Harbour pictures ${i}`,
      byline: null,
      siteName: 'Harbour',
      publishedTime: null,
      lang: 'en',
      dir: 'ltr',
      excerpt: null,
      leadImage: null,
      wordCount: 300,
      readingMinutes: 2,
      savedAt: saved,
      updatedAt: saved,
      highlightCount: 0,
      progress: 0,
    });
    snapshots.push({ id, html: html.join(''), text: srcs.map(() => paragraph).join('\n') });
    images.articles[id] = {};
    for (const src of srcs) {
      const bytes = new Uint8Array(Buffer.concat([picture, randomBytes(16)]));
      const hash = await sha256(bytes);
      images.files.set(hash, { bytes, type: 'image/png' });
      images.articles[id][src] = hash;
      imageBytes += bytes.length;
    }
  }
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    articles,
    snapshots,
    highlights: [],
    settings: DEFAULT_SETTINGS,
  };
  return { zip: backupZip(backup, images), imageBytes, firstId: articles[0]!.id };
}

// Installed before the popup's own scripts: when the first entry, and the first size, enter the page.
const POPUP_PROBE = `
  window.shown = { entry: 0, size: 0 };
  new MutationObserver((_, observer) => {
    if (!window.shown.entry && document.querySelector('.entry')) window.shown.entry = performance.now();
    if (!window.shown.size && document.querySelector('.entry-size')) window.shown.size = performance.now();
    if (window.shown.entry && window.shown.size) observer.disconnect();
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

async function main() {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe' });
  const work = mkdtempSync(join(tmpdir(), 'lucid-bench-images-'));
  const site = await serveImageSite();
  const profile = join(work, 'profile');
  let extension = await launchExtension({ profileDir: profile });
  try {
    await grantImageHosts(extension);
    {
      // Once: the reader asks, and Keep images makes the browser grant what its settings allowed.
      const page = await extension.context.newPage();
      await page.goto(site.articleUrl);
      const reader = await openReaderDocument(extension, page);
      await pressInReader(reader, 's');
      await reader.getByRole('button', { name: 'Keep images' }).click();
      await reader.locator('[data-images="kept"]').waitFor();
      await page.close();
    }
    // Saving, text then images.
    const textMs: number[] = [];
    const imagesMs: number[] = [];
    let growth = 0;
    for (let run = 0; run < SAVES; run++) {
      await cleanProfile(extension);
      const before = indexedDbOnDisk(profile, extension.extensionId);
      const page = await extension.context.newPage();
      await page.goto(site.articleUrl);
      const reader = await openReaderDocument(extension, page);
      const start = performance.now();
      await pressInReader(reader, 's');
      await reader.getByRole('button', { name: 'Saved' }).waitFor();
      textMs.push(performance.now() - start);
      await reader.locator('[data-images="kept"]').waitFor();
      imagesMs.push(performance.now() - start);
      const said = await reader.locator('[data-images="kept"]').textContent();
      if (said !== 'Kept 20 of 20 images with the article.') throw new Error(`the reader said: ${said}`);
      await page.close();
      growth = indexedDbOnDisk(profile, extension.extensionId) - before;
    }
    const pageOfExtension = await extension.context.newPage();
    await pageOfExtension.goto(`chrome-extension://${extension.extensionId}/manifest.json`);
    const stored = await storedBytes(pageOfExtension, articleIdFor({ url: site.articleUrl, canonicalUrl: '' }));
    await pageOfExtension.close();
    console.log(`Saving an article with ${site.imageCount} images from 127.0.0.1 (median of ${SAVES}):`);
    console.log(`  text saved:       ${ms(median(textMs))}   (runs: ${textMs.map(ms).join(', ')})`);
    console.log(`  all images kept:  ${ms(median(imagesMs))}   (runs: ${imagesMs.map(ms).join(', ')}; from the key)`);
    console.log(
      `  in the database:  ${kb(stored.text + stored.images)} (text ${kb(stored.text)}, ${stored.count} images ${kb(stored.images)}); ` +
        `IndexedDB on disk grew by ${kb(growth)}`,
    );

    // A library of 500 articles with images.
    await extension.close();
    rmSync(profile, { recursive: true, force: true });
    extension = await launchExtension({ profileDir: profile });
    const made = performance.now();
    const { zip, imageBytes, firstId } = await libraryBackup();
    const file = join(work, 'library-with-images.zip');
    writeFileSync(file, zip);
    console.log(
      `A library of ${LIBRARY_ARTICLES} articles with ${IMAGES_PER_ARTICLE} images each: zip ${mb(zip.length)} ` +
        `(${mb(imageBytes)} of images), made in ${ms(performance.now() - made)}`,
    );
    const popupUrl = `chrome-extension://${extension.extensionId}/popup.html`;
    const importer = await extension.context.newPage();
    await importer.goto(popupUrl);
    await importer.getByRole('heading', { name: 'Saved articles' }).waitFor();
    const importing = performance.now();
    await importer.locator('input[type=file]').setInputFiles(file);
    // The import's message is said to screen readers (a status region), then the list shows the articles.
    const said = importer.locator('[role=status]').filter({ hasText: /^Imported\./ });
    await said.waitFor({ state: 'attached', timeout: 300_000 });
    console.log(`  imported from the popup in ${ms(performance.now() - importing)}: "${await said.textContent()}"`);
    await importer.close();
    console.log(`  IndexedDB on disk: ${mb(indexedDbOnDisk(profile, extension.extensionId))}`);

    const entries: number[] = [];
    const sizes: number[] = [];
    for (let i = 0; i < POPUP_OPENS; i++) {
      const popup = await extension.context.newPage();
      await popup.addInitScript(POPUP_PROBE);
      await popup.goto(popupUrl);
      await popup.waitForFunction(() => {
        const { entry, size } = (window as unknown as { shown: { entry: number; size: number } }).shown;
        return entry > 0 && size > 0;
      });
      const shown = await popup.evaluate(() => (window as unknown as { shown: { entry: number; size: number } }).shown);
      entries.push(shown.entry);
      sizes.push(shown.size);
      await popup.close();
    }
    console.log(
      `  popup opened (median of ${POPUP_OPENS}): first entry at ${ms(median(entries))}, sizes shown at ${ms(median(sizes))}`,
    );

    const opens: number[] = [];
    for (let i = 0; i < POPUP_OPENS; i++) {
      const reader = await extension.context.newPage();
      await reader.goto(
        `chrome-extension://${extension.extensionId}/reader.html?article=${encodeURIComponent(firstId)}`,
      );
      await reader.waitForFunction((count) => {
        const images = [...document.querySelectorAll('article img')] as HTMLImageElement[];
        return images.length === count && images.every((img) => img.complete && img.naturalWidth > 0);
      }, IMAGES_PER_ARTICLE);
      opens.push(await reader.evaluate(() => performance.now()));
      await reader.close();
    }
    console.log(
      `  a saved article in its tab: all ${IMAGES_PER_ARTICLE} images decoded at ${ms(median(opens))} (median of ${POPUP_OPENS})`,
    );
  } finally {
    await extension.close();
    await site.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
