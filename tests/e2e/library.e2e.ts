import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { focusReaderText, openReaderDocument, selectInReader } from './support/open-reader';
import { pressToolbarButton } from './support/press-toolbar-button';
import { servePages, type PageServer } from './support/serve-pages';
import { ARTIFACTS, useExtensionSession } from './support/extension-session';

const SLUG = 'daily-harbor-ferry-strike';
const TITLE = 'Ferry crews begin 48-hour strike, stranding island commuters';
const QUOTE = 'Union officials say crews have been asked to cover too many double shifts';
const NOTE = 'Ask the union for the rota.';

const work = mkdtempSync(join(tmpdir(), 'lucid-library-'));
const downloads = join(work, 'downloads');
/** The article's own site, on a port of its own so it can be stopped and started again at the same address. */
let site: PageServer;
let port = 0;
beforeAll(async () => {
  site = await servePages(undefined, port);
  port = Number(new URL(site.origin).port);
});
// Registered before the session's: hooks after the tests run last-registered first, so this runs once the browser is gone.
afterAll(async () => {
  await site.close();
  rmSync(work, { recursive: true, force: true });
});
const session = useExtensionSession({ profileDir: join(work, 'profile') });

async function openArticlePage(): Promise<Page> {
  const page = await session.extension().context.newPage();
  await page.goto(site.pageUrl(SLUG));
  return page;
}

/** The library as a person uses it from the toolbar popup, here in a tab of its own (files need one). */
async function openLibrary(extension: LaunchedExtension): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/popup.html`);
  await page.getByRole('heading', { name: 'Saved articles' }).waitFor();
  return page;
}

/** Clicks `name` and keeps the file it downloads. */
async function download(page: Page, name: string | RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).first().click()]);
  const path = join(downloads, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** A backup's contents without the moment it was made. */
function backupContents(path: string) {
  const { exportedAt: _at, ...rest } = JSON.parse(readFileSync(path, 'utf8'));
  return rest;
}

describe('the library, in Chromium', () => {
  it('saves from the reader with s, and with a highlight and its note', async () => {
    const page = await openArticlePage();
    const frame = await openReaderDocument(session.extension(), page);
    await focusReaderText(page, frame);
    await page.keyboard.press('s');
    await frame.getByRole('button', { name: 'Saved' }).waitFor();

    await selectInReader(frame, QUOTE);
    await page.keyboard.press('n');
    await frame.getByRole('dialog').locator('textarea').fill(NOTE);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => frame.locator('mark[data-highlight-id]').first().getAttribute('title')).toBe(NOTE);
    // The toolbar's second DevTools client takes over downloads and new tabs for the rest of the
    // browser's life: the tests that follow run in the browser started again on the same profile.
    await session.restart();
  });

  it('finds it by a word of its note, and opens it offline at that highlight', async () => {
    const library = await openLibrary(session.extension());
    await library.getByRole('searchbox', { name: 'Search saved articles' }).pressSequentially('rota', { delay: 50 });
    await expect.poll(() => library.locator('.entry .why').textContent()).toContain(NOTE);

    await site.close(); // the article's own site is gone
    await library.getByRole('button', { name: 'Highlights' }).click();
    const [reader] = await Promise.all([
      session.extension().context.waitForEvent('page'),
      library.locator('.entry-highlights a').first().click(),
    ]);
    await reader.locator('article h1').waitFor();
    expect(await reader.locator('article h1').textContent()).toBe(TITLE);
    await expect.poll(() => reader.evaluate(() => document.activeElement?.textContent)).toBe(QUOTE);
    await reader.screenshot({ path: `${ARTIFACTS}e2e-library-offline.png` });
    await reader.close();
    await library.close();
  });

  it('deletes an article and brings it back with Undo', async () => {
    const library = await openLibrary(session.extension());
    await library.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => library.locator('.entry').count()).toBe(0);
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => library.locator('.entry-title').allTextContents()).toEqual([TITLE]);
    expect(await library.locator('.entry-meta').textContent()).toContain('1 highlight');
    await library.close();
  });

  it('exports Markdown and a backup that a fresh profile imports with everything equal', async () => {
    const library = await openLibrary(session.extension());
    const markdown = readFileSync(await download(library, 'Markdown'), 'utf8');
    expect(markdown).toContain(`# ${TITLE}`);
    expect(markdown).toContain(`> ${QUOTE}`);
    expect(markdown).toContain(NOTE);
    expect(markdown).toMatch(/#:~:text=Union%20officials/);

    await library.getByText('Export and import').click();
    const backup = await download(library, 'Back up (JSON)');
    await library.close();

    const fresh = await launchExtension();
    try {
      const other = await openLibrary(fresh);
      await other.getByText('Export and import').click();
      await other.locator('input[type="file"]').setInputFiles(backup);
      await expect.poll(() => other.locator('.entry-title').allTextContents()).toEqual([TITLE]);
      const again = await download(other, 'Back up (JSON)');
      expect(backupContents(again)).toEqual(backupContents(backup));
      // A file that is not a backup is refused, and nothing changes.
      await other.locator('input[type="file"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
      await expect.poll(() => other.locator('.notice').textContent()).toMatch(/not a Lucid Reader backup/i);
      expect(await other.locator('.entry-title').allTextContents()).toEqual([TITLE]);
    } finally {
      await fresh.close();
    }
  });

  it('lists it first in the toolbar popup on its own page, marked as this page', async () => {
    site = await servePages(undefined, port);
    const page = await openArticlePage();
    const { popup, client } = await pressToolbarButton(session.extension(), page);
    try {
      const entry = popup.locator('.entry').first();
      await expect.poll(() => entry.locator('.entry-title').textContent()).toBe(TITLE);
      expect(await entry.locator('.this-page').textContent()).toBe('This page');
      expect(await entry.locator('.entry-meta').textContent()).toContain('1 highlight');
      await popup.screenshot({ path: `${ARTIFACTS}e2e-library-popup.png` });
    } finally {
      await popup.close();
      await client.close();
    }
  });
});
