import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/browser/launch-extension';
import { openReaderFromToolbar } from '../../scripts/browser/open-reader';
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

async function openReader(slug: string, page?: Page): Promise<{ page: Page; frame: Frame }> {
  const tab = page ?? (await extension.context.newPage());
  if (!page) await tab.goto(server.pageUrl(slug));
  const reader = await openReaderFromToolbar(extension, tab);
  await reader.locator('article h1').waitFor();
  const frame = tab.frames().find((f) => f.url().includes('/reader.html'))!;
  return { page: tab, frame };
}

const looks = (frame: Frame) =>
  frame.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    size: getComputedStyle(document.querySelector('.article-body p')!).fontSize,
  }));

async function closeReader(page: Page, frame: Frame) {
  await frame.locator('main').focus();
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('iframe').count()).toBe(0);
}

describe('reading comfort in Chromium', () => {
  it('keeps the text size and theme chosen, for the next article too', async () => {
    const { page, frame } = await openReader(SEED);
    expect(await looks(frame)).toEqual({ theme: 'light', size: '19px' });
    await frame.locator('main').focus();
    for (const key of [']', ']', ']', 't', 't']) await page.keyboard.press(key);
    await expect.poll(() => looks(frame)).toEqual({ theme: 'sepia', size: '22px' });
    await closeReader(page, frame);

    await page.reload();
    const again = await openReader(SEED, page);
    expect(await looks(again.frame)).toEqual({ theme: 'sepia', size: '22px' });
    // Put back what the other tests expect.
    await again.frame.locator('main').focus();
    for (const key of ['[', '[', '[', 't', 't']) await page.keyboard.press(key);
    await expect.poll(() => looks(again.frame)).toEqual({ theme: 'light', size: '19px' });
    await page.close();
  });

  it('can be used with the keyboard alone: Tab stays in the reader, panels open and close, Esc gives the page back', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.pageUrl(SEED));
    const { frame } = await openReader(SEED, page);
    const focused = () =>
      frame.evaluate(() => ({
        inReader: document.hasFocus(),
        name: document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim().slice(0, 40),
      }));
    // Tab round every control twice: focus never leaves for the page underneath.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect((await focused()).inReader).toBe(true);
    }
    // The text and theme panel: open with Enter, a larger size with Enter, Esc back to its button.
    await frame.getByRole('button', { name: 'Text and theme' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).name).toBe('Smaller text');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => looks(frame)).toMatchObject({ size: '20px' });
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused()).name).toBe('Text and theme');
    // ? lists the keys; Esc closes the list, then the reader.
    await page.keyboard.press('?');
    await expect.poll(() => frame.getByRole('dialog', { name: 'Keyboard' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.getByRole('dialog', { name: 'Keyboard' }).count()).toBe(0);
    await page.keyboard.press('[');
    await frame.locator('main').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('iframe').count()).toBe(0);
    await page.close();
  });

  it('lays a right-to-left article out right to left', async () => {
    const { page, frame } = await openReader('arabic-news-rtl');
    const layout = await frame.evaluate(() => {
      const article = document.querySelector('article')!;
      const p = article.querySelector('.article-body p')!;
      return { dir: article.dir, direction: getComputedStyle(p).direction, progress: document.querySelector('.progress')!.getAttribute('dir') };
    });
    expect(layout).toEqual({ dir: 'rtl', direction: 'rtl', progress: 'rtl' });
    await page.screenshot({ path: `${ARTIFACTS}e2e-rtl.png` });
    await page.close();
  });

  it('prints the article alone: no controls', async () => {
    const { page, frame } = await openReader(SEED);
    await page.emulateMedia({ media: 'print' });
    const shown = await frame.evaluate(() =>
      ['.reader-toolbar', '.progress', 'article .article-body'].map((s) => getComputedStyle(document.querySelector(s)!).display),
    );
    expect(shown).toEqual(['none', 'none', 'block']);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});
