// Pages the browser keeps extensions out of: "Read this page" says why within a second, and
// nothing in the extension throws (the session fails the file on any uncaught error). A local file
// without file access is not here: an extension loaded from the command line has that access, and
// taking it away reloads the extension, which this harness cannot follow.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pressToolbarButton } from './support/press-toolbar-button';
import { servePages, type PageServer } from './support/serve-pages';
import en from '../../locales/en.json';
import { useExtensionSession } from './support/extension-session';

const MAX_MS = 1_000;

const session = useExtensionSession();

let pdfServer: PageServer;
beforeAll(async () => {
  pdfServer = await servePages([new URL('../fixtures/', import.meta.url).pathname]);
});
const timings: string[] = [];
afterAll(async () => {
  await pdfServer?.close();
  console.log(`"Read this page" -> message, on pages the browser forbids:\n${timings.join('\n')}`);
});

/** Opens `url` in a new tab; a page that cannot load (no network here) stays as the browser's error page. */
async function openTab(url: string): Promise<Page> {
  const page = await session.extension().context.newPage();
  await page.goto(url).catch(() => {});
  return page;
}

const CASES: [string, () => string, string][] = [
  ['chrome://version', () => 'chrome://version/', en.restricted.browser],
  ['chrome://extensions', () => 'chrome://extensions/', en.restricted.browser],
  [
    'the extension store (offline: its error page)',
    () => 'https://chromewebstore.google.com/detail/lucid-reader/abc',
    en.restricted.browser,
  ],
  ['a PDF in the viewer', () => `${pdfServer.origin}/report/report.pdf`, en.restricted.pdf],
  [
    'view-source: of a sample page',
    () => `view-source:${session.server().pageUrl('daily-harbor-ferry-strike')}`,
    en.restricted.browser,
  ],
];

describe('"Read this page" where the browser forbids extensions', () => {
  it.each(CASES)('says why on %s, within a second', async (label, url, expected) => {
    const page = await openTab(url());
    const { popup, client } = await pressToolbarButton(session.extension(), page, url());
    try {
      const button = popup.getByRole('button', { name: 'Read this page' });
      await button.waitFor();
      const started = Date.now();
      await button.click();
      // Answered: the button is enabled again, with the reason shown.
      await popup.waitForFunction(
        (message) =>
          !document.querySelector('button.read')?.hasAttribute('disabled') &&
          document.querySelector('[role="alert"]')?.textContent === message,
        expected,
        { timeout: 5_000, polling: 10 },
      );
      const elapsed = Date.now() - started;
      timings.push(`  ${label}: ${elapsed} ms`);
      expect(elapsed).toBeLessThanOrEqual(MAX_MS);
      expect(await page.locator('iframe[title="Lucid Reader"]').count()).toBe(0);
    } finally {
      await popup.close().catch(() => {});
      await client.close();
      await page.close();
    }
  });
});
