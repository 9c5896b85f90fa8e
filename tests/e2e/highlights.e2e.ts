import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeReaderWithEscape, openReaderDocument, selectInReader } from './support/open-reader';
import { OWN_PAGES_DIR } from '../../scripts/corpus';
import { ARTIFACTS, useExtensionSession } from './support/extension-session';

const SLUG = 'daily-harbor-ferry-strike';
const KEPT = 'Union officials say crews have been asked to cover too many double shifts';
const REWRITTEN = 'Its boats carry twelve passengers and no vehicles.';
const NOTE = 'Twelve seats: not much of a ferry.';

// The page is served from a folder of its own, so the test can change it between visits.
const work = mkdtempSync(join(tmpdir(), 'lucid-highlights-'));
const pages = join(work, 'pages');
const profile = join(work, 'profile');
const sourceFile = join(pages, SLUG, 'source.html');

beforeAll(() => cpSync(join(OWN_PAGES_DIR, SLUG), join(pages, SLUG), { recursive: true }));
// Registered before the session's: hooks after the tests run last-registered first, so the folder
// goes once the browser that writes into its profile has quit.
afterAll(() => rmSync(work, { recursive: true, force: true }));
const session = useExtensionSession({ roots: [pages], profileDir: profile });

/** Opens the page and its reader; returns the page and the reader's frame once the article shows. */
async function openReader(): Promise<{ page: Page; frame: Frame }> {
  const page = await session.openPage(SLUG);
  return { page, frame: await openReaderDocument(session.extension(), page) };
}

function marks(frame: Frame) {
  return frame.$$eval('mark[data-highlight-id]', (all) =>
    all.map((m) => ({ text: m.textContent, color: (m as HTMLElement).dataset.color, note: (m as HTMLElement).title })),
  );
}

describe('highlights in the reader, in Chromium', () => {
  it('h highlights the selection, a note is added, and both come back after closing and reloading', async () => {
    const { page, frame } = await openReader();
    await selectInReader(frame, KEPT);
    await page.keyboard.press('h');
    await expect.poll(() => marks(frame)).toEqual([{ text: KEPT, color: 'yellow', note: '' }]);

    await selectInReader(frame, REWRITTEN);
    await frame.getByRole('button', { name: 'Highlight Green' }).click();
    await expect.poll(() => marks(frame)).toHaveLength(2);
    await frame.locator('mark[data-highlight-id]', { hasText: REWRITTEN }).click();
    await frame.getByRole('toolbar', { name: 'Highlight' }).getByRole('button', { name: 'Note' }).click();
    await frame.getByRole('dialog').locator('textarea').fill(NOTE);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => marks(frame)).toContainEqual({ text: REWRITTEN, color: 'green', note: NOTE });
    await page.screenshot({ path: `${ARTIFACTS}e2e-highlights.png` });

    await closeReaderWithEscape(page, frame);
    await page.reload();
    const again = await openReader();
    await expect.poll(() => marks(again.frame)).toEqual([
      { text: KEPT, color: 'yellow', note: '' },
      { text: REWRITTEN, color: 'green', note: NOTE },
    ]);
    await again.page.close();
    await page.close();
  });

  it('re-anchors a highlight when the page changed, and lists the one whose passage is gone as not placed', async () => {
    const original = readFileSync(sourceFile, 'utf8');
    const changed = original
      .replace('<p>The walkout, called by', '<p>Update, 11am: the operator has asked for talks at the conciliation service.</p>\n<p>The walkout, called by')
      .replace(/<p>A water taxi firm[^<]*<\/p>/, '<p>A water taxi firm in Kelham has laid on extra boats for both days.</p>');
    expect(changed).not.toBe(original);
    writeFileSync(sourceFile, changed);

    const { page, frame } = await openReader();
    await expect.poll(() => marks(frame)).toEqual([{ text: KEPT, color: 'yellow', note: '' }]);
    await expect.poll(() => frame.locator('.orphan-notice').innerText()).toContain('1 highlight could not be placed');
    await frame.getByRole('button', { name: 'Show it' }).click();
    const orphans = frame.locator('.orphans');
    await expect.poll(() => orphans.innerText()).toContain(REWRITTEN);
    expect(await orphans.innerText()).toContain(NOTE);
    await page.screenshot({ path: `${ARTIFACTS}e2e-highlights-orphan.png` });
    await page.close();
  });

  it('keeps every highlight when two tabs highlight the same article at the same moment', async () => {
    const [a, b] = [await openReader(), await openReader()];
    await selectInReader(a.frame, 'rescheduled about 40 appointments');
    await selectInReader(b.frame, 'Two shops near the pier');
    // Keys go to the focused page; each frame gets its own h at once.
    await Promise.all([a.page.bringToFront().then(() => a.page.keyboard.press('h')), b.frame.evaluate(() => {
      document.querySelector('main')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
    })]);
    await expect.poll(() => marks(a.frame)).toContainEqual(expect.objectContaining({ text: 'rescheduled about 40 appointments' }));
    await expect.poll(() => marks(b.frame)).toContainEqual(expect.objectContaining({ text: 'Two shops near the pier' }));
    await a.page.close();
    await b.page.close();

    const c = await openReader();
    await expect.poll(async () => (await marks(c.frame)).map((m) => m.text).toSorted()).toEqual(
      [KEPT, 'Two shops near the pier', 'rescheduled about 40 appointments'].toSorted(),
    );
    await c.page.close();
  });

  it('still has them after the browser is restarted', async () => {
    await session.restart();
    const { page, frame } = await openReader();
    await expect.poll(async () => (await marks(frame)).map((m) => m.text)).toContain(KEPT);
    await page.close();
  });
});
