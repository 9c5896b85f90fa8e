import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { openReaderDocument, selectInReader } from './support/open-reader';
import { pressToolbarButton } from './support/press-toolbar-button';
import { pressInReader, typeInReader } from './support/reader-input';
import { servePages, type PageServer } from './support/serve-pages';
import { ARTIFACTS, useExtensionSession } from './support/extension-session';

const SLUG = 'daily-harbor-ferry-strike';
const TITLE = 'Ferry crews begin 48-hour strike, stranding island commuters';
const QUOTE = 'Union officials say crews have been asked to cover too many double shifts';
const NOTE = 'Ask the union for the rota.';

const work = mkdtempSync(join(tmpdir(), 'lucid-library-'));
const downloads = join(work, 'downloads');
/**
 * The article's own site, on a port of its own so it can be stopped (a test reads offline) and
 * started again at the same address, where the library knows the article.
 */
let site: PageServer | undefined;
let port = 0;
beforeEach(async () => {
  if (site) return;
  site = await servePages(undefined, port);
  port = Number(new URL(site.origin).port);
});
async function takeSiteOffline(): Promise<void> {
  await site?.close();
  site = undefined;
}
// Registered before the session's: hooks after the tests run last-registered first, so this runs once the browser is gone.
afterAll(async () => {
  await takeSiteOffline();
  rmSync(work, { recursive: true, force: true });
});
const session = useExtensionSession({ profileDir: join(work, 'profile') });

async function openArticlePage(): Promise<Page> {
  const page = await session.extension().context.newPage();
  await page.goto(site!.pageUrl(SLUG));
  return page;
}

/**
 * Saves the article from the reader as a person does: s, then a highlight with a note (n, the
 * note, Ctrl+Enter). Resolves once the library has both, with the note the highlight shows.
 */
async function saveWithNote(): Promise<string | null> {
  const page = await openArticlePage();
  const frame = await openReaderDocument(session.extension(), page);
  await pressInReader(frame, 's');
  await frame.getByRole('button', { name: 'Saved' }).waitFor();

  await selectInReader(frame, QUOTE);
  await pressInReader(frame, 'n');
  // The editor puts focus in its text field as it shows.
  await frame.waitForFunction(() => document.activeElement?.matches('[role="dialog"] textarea'));
  await typeInReader(frame, NOTE);
  await pressInReader(frame, 'Control+Enter');
  // The editor closes once the library has kept the note.
  await frame.getByRole('dialog').waitFor({ state: 'detached' });
  const shownNote = await frame.locator('mark[data-highlight-id]').first().getAttribute('title');
  expect(shownNote, 'the note the highlight shows once saved').toBe(NOTE);
  await page.close();
  return shownNote;
}

/**
 * The library saved as `saveWithNote` leaves it, in a browser whose toolbar popup was never
 * driven: the popup's second DevTools client takes over downloads and new tabs for the rest of
 * the browser's life, so the browser starts again on the same profile.
 */
async function savedInFreshBrowser(): Promise<void> {
  await saveWithNote();
  await session.restart();
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
    expect(await saveWithNote()).toBe(NOTE);
  });

  it('finds it by a word of its note, and opens it offline at that highlight', async () => {
    await savedInFreshBrowser();
    const library = await openLibrary(session.extension());
    await library.getByRole('searchbox', { name: 'Search saved articles' }).pressSequentially('rota', { delay: 50 });
    await expect.poll(() => library.locator('.entry .why').textContent()).toContain(NOTE);

    await takeSiteOffline();
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
    await saveWithNote();
    const library = await openLibrary(session.extension());
    await library.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => library.locator('.entry').count()).toBe(0);
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => library.locator('.entry-title').allTextContents()).toEqual([TITLE]);
    expect(await library.locator('.entry-meta').textContent()).toContain('1 highlight');
    await library.close();
  });

  it('exports Markdown and a backup that a fresh profile imports with everything equal', async () => {
    await savedInFreshBrowser();
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
      await other
        .locator('input[type="file"]')
        .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
      await expect.poll(() => other.locator('.notice').textContent()).toMatch(/not a Lucid Reader backup/i);
      expect(await other.locator('.entry-title').allTextContents()).toEqual([TITLE]);
    } finally {
      await fresh.close();
    }
  });

  it('lists it first in the toolbar popup on its own page, marked as this page', async () => {
    await saveWithNote();
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
