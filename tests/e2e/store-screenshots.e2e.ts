// The store listing's screenshots, made from the real extension in Chromium at the size the stores
// ask for (1280×800) and written to artifacts/store/: the reader in light and dark themes, a
// highlight with its note, the popup's library, and the notice for a page that is not an article.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED_PAGES_DIR } from '../../scripts/corpus';
import { needsCorpus } from '../support/shared-corpus';
import { assignShortcut } from './support/assign-shortcut';
import { ARTIFACTS, useExtensionSession } from './support/extension-session';
import {
  closeReaderWithEscape,
  openReaderDocument,
  openReaderFromToolbar,
  selectInReader,
  waitForReaderState,
} from './support/open-reader';
import { pngSize } from './support/png-size';
import { popupOverPage } from './support/popup-over-page';
import { pressToolbarButton } from './support/press-toolbar-button';
import { pressInReader, typeInReader } from './support/reader-input';

const STORE = `${ARTIFACTS}store/`;
const SIZE = { width: 1280, height: 800 };
const SEED = 'christian-times-aleppo';
/** The seed page is in ../shared/pages: a clone alone skips, and says so, the tests that open it. */
const needsSeed = needsCorpus(SHARED_PAGES_DIR);

const session = useExtensionSession();
beforeAll(async () => {
  mkdirSync(STORE, { recursive: true });
  await assignShortcut(session.extension()); // the popup shows the shortcut, as after an install from the store
});

/** A tab of the store's size on sample page `slug`. */
async function openPage(slug: string): Promise<Page> {
  const page = await session.openPage(slug);
  await page.setViewportSize(SIZE);
  return page;
}

/** Writes `page`'s screenshot as `name` in the store folder; returns the file's path. */
async function storeShot(page: Page, name: string): Promise<string> {
  const path = `${STORE}${name}`;
  await page.screenshot({ path });
  return path;
}

const theme = (frame: Frame) => frame.evaluate(() => document.documentElement.dataset.theme);

describe('the store screenshots', () => {
  it(
    'shows the reader over the seed page in the light theme',
    needsSeed(async () => {
      const page = await openPage(SEED);
      const frame = await openReaderDocument(session.extension(), page);
      expect(await theme(frame)).toBe('light');
      expect(pngSize(readFileSync(await storeShot(page, '1-reader-light.png')))).toEqual(SIZE);
      await page.close();
    }),
  );

  it('shows the reader in the dark theme, on an article whose images load here', async () => {
    const page = await openPage('lakeside-gazette-library-reopens');
    const frame = await openReaderDocument(session.extension(), page);
    const typePanel = frame.getByRole('button', { name: 'Text and theme' });
    await typePanel.click();
    await frame.getByRole('radio', { name: 'Dark' }).check();
    await typePanel.click();
    await expect.poll(() => theme(frame)).toBe('dark');
    expect(pngSize(readFileSync(await storeShot(page, '2-reader-dark.png')))).toEqual(SIZE);
    await page.close();
  });

  it('shows a highlight with its note, in the article and in the list of highlights', async () => {
    const page = await openPage('daily-harbor-ferry-strike');
    const frame = await openReaderDocument(session.extension(), page);
    await selectInReader(frame, 'Union officials say crews have been asked to cover too many double shifts');
    await pressInReader(frame, 'n');
    // The editor puts focus in its text field as it shows, and closes once the library has the note.
    await frame.waitForFunction(() => document.activeElement?.matches('[role="dialog"] textarea'));
    await typeInReader(frame, 'Ask the union for the rota.');
    await pressInReader(frame, 'Control+Enter');
    await frame.getByRole('dialog').waitFor({ state: 'detached' });
    // The highlight saved the article: the reader asks once about images; the picture is of the highlight.
    await frame.getByRole('button', { name: 'Not now' }).click();
    await frame.locator('[aria-controls="highlights-panel"]').click();
    await expect
      .poll(() => frame.locator('#highlights-panel .panel-note').textContent())
      .toBe('Ask the union for the rota.');
    expect(pngSize(readFileSync(await storeShot(page, '3-highlight-with-note.png')))).toEqual(SIZE);
    await page.close();
  });

  it('shows the popup over an article, with the library of saved articles', async () => {
    const saved = [
      'quiet-compiler-rust-errors',
      'quayside-times-swing-bridge-brief',
      'daily-harbor-ferry-strike',
      'lakeside-gazette-library-reopens',
    ];
    let page: Page | undefined;
    for (const slug of saved) {
      await page?.close();
      page = await openPage(slug);
      const frame = await openReaderDocument(session.extension(), page);
      await pressInReader(frame, 's');
      await frame.getByRole('button', { name: 'Saved' }).waitFor();
      await closeReaderWithEscape(page, frame);
    }
    const pageShot = await page!.screenshot();
    const { popup, client } = await pressToolbarButton(session.extension(), page!);
    try {
      await expect.poll(() => popup.locator('.entry').count()).toBe(saved.length);
      const composed = popupOverPage(pageShot, await popup.screenshot());
      expect(pngSize(composed)).toEqual(SIZE);
      writeFileSync(`${STORE}4-library.png`, composed);
    } finally {
      await client.close();
    }
    await page!.close();
  });

  it('shows the notice for a page that is not an article', async () => {
    const page = await openPage('lakeside-gazette-home');
    const reader = await openReaderFromToolbar(session.extension(), page);
    await waitForReaderState(reader, 'not-article');
    expect(pngSize(readFileSync(await storeShot(page, '5-not-an-article.png')))).toEqual(SIZE);
    await page.close();
  });
});
