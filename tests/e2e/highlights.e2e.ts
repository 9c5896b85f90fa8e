import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  closeReaderWithEscape,
  openReaderDocument,
  selectInReader,
  waitForHighlightsRestored,
} from './support/open-reader';
import { pressInReader, typeInReader } from './support/reader-input';
import { OWN_PAGES_DIR } from '../../scripts/corpus';
import { ARTIFACTS, useExtensionSession } from './support/extension-session';

const SLUG = 'daily-harbor-ferry-strike';
const KEPT = 'Union officials say crews have been asked to cover too many double shifts';
const REWRITTEN = 'Its boats carry twelve passengers and no vehicles.';
const NOTE = 'Twelve seats: not much of a ferry.';

// The page is served from a folder of its own, so a test can change it between visits; each test
// starts from the page as published.
const work = mkdtempSync(join(tmpdir(), 'lucid-highlights-'));
const pages = join(work, 'pages');
const profile = join(work, 'profile');
const sourceFile = join(pages, SLUG, 'source.html');

beforeEach(() => cpSync(join(OWN_PAGES_DIR, SLUG), join(pages, SLUG), { recursive: true, force: true }));
// Registered before the session's: hooks after the tests run last-registered first, so the folder
// goes once the browser that writes into its profile has quit.
afterAll(() => rmSync(work, { recursive: true, force: true }));
const session = useExtensionSession({ roots: [pages], profileDir: profile });

/**
 * Opens the page and its reader; returns the page and the reader's frame once the article shows
 * with the highlights the library has for it.
 */
async function openReader(): Promise<{ page: Page; frame: Frame }> {
  const page = await session.openPage(SLUG);
  const frame = await openReaderDocument(session.extension(), page);
  await waitForHighlightsRestored(frame);
  return { page, frame };
}

/** Resolves once the reader announces that the library saved its highlight. */
const librarySaved = (frame: Frame) => frame.getByRole('status').getByText('Highlight saved.').waitFor();

/** Selects `quote` and presses h; resolves once the library has saved the highlight. */
async function highlight(frame: Frame, quote: string): Promise<void> {
  await selectInReader(frame, quote);
  await pressInReader(frame, 'h');
  await librarySaved(frame);
}

/**
 * What the first test makes, made as a person makes it: KEPT highlighted with h (yellow), then
 * REWRITTEN in green from the menu with NOTE written on it. Resolves once the library has all of it.
 */
async function highlightWithNote(frame: Frame): Promise<void> {
  await highlight(frame, KEPT);
  expect(await marks(frame)).toEqual([{ text: KEPT, color: 'yellow', note: '' }]);

  await selectInReader(frame, REWRITTEN);
  await frame.getByRole('button', { name: 'Highlight Green' }).click();
  expect(await marks(frame)).toHaveLength(2);
  await frame.locator('mark[data-highlight-id]', { hasText: REWRITTEN }).click();
  await frame.getByRole('toolbar', { name: 'Highlight' }).getByRole('button', { name: 'Note' }).click();
  // The editor puts focus in its text field as it shows.
  await frame.waitForFunction(() => document.activeElement?.matches('[role="dialog"] textarea'));
  await typeInReader(frame, NOTE);
  await pressInReader(frame, 'Control+Enter');
  // The editor closes once the library has kept the note.
  await frame.getByRole('dialog').waitFor({ state: 'detached' });
  expect(await marks(frame)).toContainEqual({ text: REWRITTEN, color: 'green', note: NOTE });
}

function marks(frame: Frame) {
  return frame.$$eval('mark[data-highlight-id]', (all) =>
    all.map((m) => ({ text: m.textContent, color: (m as HTMLElement).dataset.color, note: (m as HTMLElement).title })),
  );
}

describe('highlights in the reader, in Chromium', () => {
  it('h highlights the selection, a note is added, and both come back after closing and reloading', async () => {
    const { page, frame } = await openReader();
    await highlightWithNote(frame);
    await page.screenshot({ path: `${ARTIFACTS}e2e-highlights.png` });

    await closeReaderWithEscape(page, frame);
    await page.reload();
    const again = await openReader();
    expect(await marks(again.frame)).toEqual([
      { text: KEPT, color: 'yellow', note: '' },
      { text: REWRITTEN, color: 'green', note: NOTE },
    ]);
    await again.page.close();
    await page.close();
  });

  it('re-anchors a highlight when the page changed, and lists the one whose passage is gone as not placed', async () => {
    const before = await openReader();
    await highlightWithNote(before.frame);
    await before.page.close();

    const original = readFileSync(sourceFile, 'utf8');
    const changed = original
      .replace(
        '<p>The walkout, called by',
        '<p>Update, 11am: the operator has asked for talks at the conciliation service.</p>\n<p>The walkout, called by',
      )
      .replace(
        /<p>A water taxi firm[^<]*<\/p>/,
        '<p>A water taxi firm in Kelham has laid on extra boats for both days.</p>',
      );
    expect(changed).not.toBe(original);
    writeFileSync(sourceFile, changed);

    const { page, frame } = await openReader();
    expect(await marks(frame)).toEqual([{ text: KEPT, color: 'yellow', note: '' }]);
    expect(await frame.locator('.orphan-notice').innerText()).toContain('1 highlight could not be placed');
    await frame.getByRole('button', { name: 'Show it' }).click();
    const orphans = frame.locator('.orphans');
    await expect.poll(() => orphans.innerText()).toContain(REWRITTEN);
    expect(await orphans.innerText()).toContain(NOTE);
    await page.screenshot({ path: `${ARTIFACTS}e2e-highlights-orphan.png` });
    await page.close();
  });

  it('keeps every highlight when two tabs highlight the same article at the same moment', async () => {
    const first = await openReader();
    await highlight(first.frame, KEPT);
    await first.page.close();

    const [a, b] = [await openReader(), await openReader()];
    await selectInReader(a.frame, 'rescheduled about 40 appointments');
    await selectInReader(b.frame, 'Two shops near the pier');
    // Each frame gets its own h at once.
    await Promise.all([pressInReader(a.frame, 'h'), pressInReader(b.frame, 'h')]);
    await Promise.all([librarySaved(a.frame), librarySaved(b.frame)]);
    expect(await marks(a.frame)).toContainEqual(expect.objectContaining({ text: 'rescheduled about 40 appointments' }));
    expect(await marks(b.frame)).toContainEqual(expect.objectContaining({ text: 'Two shops near the pier' }));
    await a.page.close();
    await b.page.close();

    const c = await openReader();
    expect((await marks(c.frame)).map((m) => m.text).toSorted()).toEqual(
      [KEPT, 'Two shops near the pier', 'rescheduled about 40 appointments'].toSorted(),
    );
    await c.page.close();
  });

  it('still has them after the browser is restarted', async () => {
    const before = await openReader();
    await highlightWithNote(before.frame);
    await before.page.close();

    await session.restart();
    const { page, frame } = await openReader();
    expect(await marks(frame)).toEqual([
      { text: KEPT, color: 'yellow', note: '' },
      { text: REWRITTEN, color: 'green', note: NOTE },
    ]);
    await page.close();
  });
});
