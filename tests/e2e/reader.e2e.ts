import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  closeReaderWithEscape,
  openReaderDocument,
  openReaderFromToolbar,
  waitForReaderState,
} from './support/open-reader';
import { pressToolbarButton } from './support/press-toolbar-button';
import { clickInReader } from './support/reader-input';
import { servePages } from './support/serve-pages';
import { SHARED_PAGES_DIR } from '../../scripts/corpus';
import { comparable } from '../support/comparable-text';
import { ARTIFACTS, useExtensionSession } from './support/extension-session';
import { needsCorpus } from '../support/shared-corpus';
import { pageState } from './support/page-state';

const SEED = 'christian-times-aleppo';
/** The seed page is in ../shared/pages: a clone alone skips, and says so, the tests that open it. */
const needsSeed = needsCorpus(SHARED_PAGES_DIR);
/** What the seed page must show, read when a test needs it (the page may be absent). */
const seedExpected = () =>
  JSON.parse(readFileSync(`${SHARED_PAGES_DIR}${SEED}/expected.json`, 'utf8')) as {
    title: string;
    mustInclude: string[];
    mustExclude: string[];
    images: string[];
  };

const session = useExtensionSession();
const openPage = (slug: string) => session.openPage(slug);

describe('the reader, opened from the toolbar button', () => {
  it(
    'shows the seed article, all of it, without its clutter, and Esc gives the page back as it was',
    needsSeed(async () => {
      const page = await openPage(SEED);
      await page.evaluate(() => window.scrollTo(0, 400));
      const before = await pageState(page);
      expect(before.scrollY).toBeGreaterThan(0);

      const expected = seedExpected();
      const reader = await openReaderDocument(session.extension(), page);
      const article = reader.locator('article');
      expect(await article.locator('h1').textContent()).toBe(expected.title);
      const text = comparable(await article.innerText());
      for (const block of expected.mustInclude) expect(text).toContain(comparable(block));
      for (const clutter of expected.mustExclude) expect(text).not.toContain(comparable(clutter));
      const images = await article
        .locator('img')
        .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src));
      expect(images).toEqual(expect.arrayContaining(expected.images));
      expect(new Set(images).size).toBe(images.length); // the lead image shown once
      await page.screenshot({ path: `${ARTIFACTS}e2e-reader-seed.png` });

      await closeReaderWithEscape(page, reader);
      expect(await pageState(page)).toEqual(before);
      await page.close();
    }),
  );

  it(
    'closes with its close button too',
    needsSeed(async () => {
      const page = await openPage(SEED);
      const before = await pageState(page);
      const reader = await openReaderDocument(session.extension(), page);
      await clickInReader(reader, 'button[aria-label="Close reader"]');
      await page.locator('iframe').waitFor({ state: 'detached' });
      expect(await pageState(page)).toEqual(before);
      await page.close();
    }),
  );

  it(
    "keeps what the page cannot reach: the frame is the extension's, its document closed to the page",
    needsSeed(async () => {
      const page = await openPage(SEED);
      await openReaderDocument(session.extension(), page);
      const seenByPage = await page.evaluate(() => {
        const frame = document.querySelector('iframe');
        return { src: frame?.src.split('/')[0], readable: frame?.contentDocument !== null };
      });
      expect(seenByPage).toEqual({ src: 'chrome-extension:', readable: false });
      await page.close();
    }),
  );

  it('says a home page is not an article, and shows it anyway on request', async () => {
    const page = await openPage('lakeside-gazette-home');
    const reader = await openReaderFromToolbar(session.extension(), page);
    await waitForReaderState(reader, 'not-article');
    expect(await reader.locator('main').innerText()).toContain("doesn't look like an article");
    await page.screenshot({ path: `${ARTIFACTS}e2e-reader-not-article.png` });
    await reader.getByRole('button', { name: 'Show it anyway' }).click();
    await waitForReaderState(reader, 'ready');
    expect(await reader.locator('article').count()).toBe(1); // the home page's teaser <article>s are not nested in it
    await page.close();
  });
});

describe('the popup', () => {
  it(
    'has "Read this page" first and focused, and shows the shortcut',
    needsSeed(async () => {
      const page = await openPage(SEED);
      const { popup, client } = await pressToolbarButton(session.extension(), page);
      await popup.getByRole('button', { name: 'Read this page' }).waitFor();
      await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Read this page');
      expect(await popup.locator('.shortcut').innerText()).toMatch(/shortcut/i);
      await popup.close();
      await client.close();
      await page.close();
    }),
  );

  it("says plainly that the browser's PDF viewer is not a web page it reads", async () => {
    const pdfServer = await servePages([new URL('../fixtures/', import.meta.url).pathname]);
    const page = await session.extension().context.newPage();
    await page.goto(`${pdfServer.origin}/report/report.pdf`);
    const { popup, client } = await pressToolbarButton(session.extension(), page);
    await popup.getByRole('button', { name: 'Read this page' }).click();
    await expect.poll(() => popup.getByRole('alert').innerText()).toContain('This is a PDF');
    await popup.close();
    await client.close();
    await page.close();
    await pdfServer.close();
  });

  it('says plainly that the browser does not let it read its own pages', async () => {
    const page = await session.extension().context.newPage();
    await page.goto('chrome://version/');
    const { popup, client } = await pressToolbarButton(session.extension(), page);
    await popup.getByRole('button', { name: 'Read this page' }).click();
    await expect
      .poll(() => popup.getByRole('alert').innerText())
      .toContain("doesn't let extensions read its own pages");
    await popup.screenshot({ path: `${ARTIFACTS}e2e-popup-restricted.png` });
    await popup.close();
    await client.close();
    await page.close();
  });
});
