import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeScan, describeViolations, type SeriousViolation } from '../../scripts/browser/axe-scan';
import { launchExtension, type LaunchedExtension } from '../../scripts/browser/launch-extension';
import { openReaderFromToolbar } from '../../scripts/browser/open-reader';
import { pressToolbarButton } from '../../scripts/browser/press-toolbar-button';
import { servePages, type PageServer } from '../../scripts/browser/serve-pages';

const SEED = 'christian-times-aleppo';
const ARTIFACTS = new URL('../../artifacts/', import.meta.url).pathname;

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

  it('the reader showing the seed article has none, in every theme, with its panels open too', async () => {
    const page = await openSeedPage();
    const frame = await openReader(page);
    // `t` steps through the themes from "follow the system" (light here): light, sepia, dark.
    for (const theme of ['light', 'sepia', 'dark']) {
      await frame.locator('main').focus();
      await page.keyboard.press('t');
      await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect({ theme, violations: describeViolations(await scanReader(frame)) }).toEqual({ theme, violations: '' });
      await page.screenshot({ path: `${ARTIFACTS}e2e-theme-${theme}.png` });
    }
    await frame.getByRole('button', { name: 'Text and theme' }).click();
    await frame.getByRole('button', { name: 'Highlights' }).click();
    expect(describeViolations(await scanReader(frame))).toBe('');
    await page.screenshot({ path: `${ARTIFACTS}e2e-panels-dark.png` });
    await page.close();
  });
});
