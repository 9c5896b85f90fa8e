import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeScan, describeViolations, type SeriousViolation } from '../../scripts/browser/axe-scan';
import { launchExtension, type LaunchedExtension } from '../../scripts/browser/launch-extension';
import { openReaderFromToolbar } from '../../scripts/browser/open-reader';
import { pressToolbarButton } from '../../scripts/browser/press-toolbar-button';
import { servePages, type PageServer } from '../../scripts/browser/serve-pages';

const SEED = 'christian-times-aleppo';

let extension: LaunchedExtension;
let server: PageServer;

beforeAll(async () => {
  server = await servePages();
  extension = await launchExtension();
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

async function openSeedPage(): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(server.pageUrl(SEED));
  return page;
}

/** Opens the reader on `page` from the toolbar and returns its document (the iframe's frame) once the article shows. */
async function openReader(page: Page): Promise<Frame> {
  const reader = await openReaderFromToolbar(extension, page);
  await reader.locator('article h1').waitFor();
  const frame = await (await reader.owner().elementHandle())?.contentFrame();
  if (!frame) throw new Error('The reader iframe has no document');
  return frame;
}

/** The reader as it is shown now (call it once per theme): its serious and critical violations. */
async function scanReader(frame: Frame): Promise<SeriousViolation[]> {
  // Colours are measured as drawn: let finite transitions (a theme fading in) end first.
  await frame.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished),
    ),
  );
  return axeScan(frame);
}

describe('accessibility (axe-core, serious and critical violations)', () => {
  it('the popup has none', async () => {
    const page = await openSeedPage();
    const { popup, client } = await pressToolbarButton(extension, page);
    try {
      await popup.getByRole('button', { name: 'Read this page' }).waitFor();
      // Compared as text: a failure lists each violation by rule, element and fix.
      expect(describeViolations(await axeScan(popup))).toBe('');
    } finally {
      await client.close();
      await page.close();
    }
  });

  it('the reader showing the seed article has none', async () => {
    const page = await openSeedPage();
    const frame = await openReader(page);
    expect(describeViolations(await scanReader(frame))).toBe('');
    await page.close();
  });
});
