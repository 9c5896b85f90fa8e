// A saved article is whole offline: saving it keeps its images in the library, and the article
// opened from the library shows them from there, asking their host for nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, useExtensionSession } from './support/extension-session';
import { grantImageHosts } from './support/grant-image-hosts';
import { serveImageSite, type ImageSite } from './support/image-site';
import { openReaderDocument } from './support/open-reader';
import { pressInReader } from './support/reader-input';

const TITLE = 'A day on the harbour, in twenty pictures';

const work = mkdtempSync(join(tmpdir(), 'lucid-images-'));
let site: ImageSite;
beforeAll(async () => {
  site = await serveImageSite();
});
// Registered before the session's: hooks after the tests run last-registered first, so this runs once the browser is gone.
afterAll(async () => {
  await site.close();
  rmSync(work, { recursive: true, force: true });
});
const session = useExtensionSession({ profileDir: join(work, 'profile') });

describe('images kept with a saved article, in Chromium', () => {
  it('asks once on the first save, keeps all twenty, and shows them offline from the library alone', async () => {
    const page = await session.extension().context.newPage();
    await page.goto(site.articleUrl);
    const reader = await openReaderDocument(session.extension(), page);
    expect(await reader.locator('article img').count()).toBe(site.imageCount);

    const saving = Date.now();
    await pressInReader(reader, 's');
    await reader.getByRole('button', { name: 'Saved' }).waitFor();
    const textSavedMs = Date.now() - saving;
    // The text is saved; the reader asks before fetching anything more.
    await reader.getByRole('group', { name: 'Keep images with saved articles?' }).waitFor();
    // The person says yes in the browser's prompt; the test grants it where the browser's settings do.
    await grantImageHosts(session.extension());
    const keeping = Date.now();
    await reader.getByRole('button', { name: 'Keep images' }).click();
    const kept = reader.locator('[data-images="kept"]');
    await kept.waitFor();
    const imagesKeptMs = Date.now() - keeping;
    expect(await kept.textContent()).toBe(`Kept ${site.imageCount} of ${site.imageCount} images with the article.`);
    console.log(`saved the text in ${textSavedMs} ms, then kept ${site.imageCount} images in ${imagesKeptMs} ms`);
    await page.close();

    // A browser started again on the same profile, with the article's site gone.
    await session.restart();
    await site.closeArticleSite();
    site.resetCount();
    const library = await session.extension().context.newPage();
    await library.goto(`chrome-extension://${session.extension().extensionId}/popup.html`);
    const entry = library.locator('.entry').filter({ hasText: TITLE });
    await entry.locator('.entry-size').waitFor();
    // Its size counts its images: twenty pictures of a few kilobytes each.
    expect(await entry.locator('.entry-size').textContent()).toMatch(/^\d+(\.\d)? kB$/);
    await library.locator('.library-size').waitFor();
    expect(await library.getByRole('checkbox', { name: 'Keep images with saved articles' }).isChecked()).toBe(true);

    const [saved] = await Promise.all([
      session.extension().context.waitForEvent('page'),
      entry.locator('.entry-title').click(),
    ]);
    await saved.locator('main[data-state="ready"]').waitFor();
    // Every image decoded, each from a Blob of the library.
    await expect
      .poll(() =>
        saved
          .locator('article img')
          .evaluateAll((images) =>
            (images as HTMLImageElement[]).map(
              (img) => img.complete && img.naturalWidth > 0 && img.src.startsWith('blob:'),
            ),
          ),
      )
      .toEqual(Array.from({ length: site.imageCount }, () => true));
    expect(site.requests(), 'requests to the image host').toBe(0);
    await saved.screenshot({ path: `${ARTIFACTS}e2e-kept-images-offline.png` });
    await saved.close();
    await library.close();
  });
});
