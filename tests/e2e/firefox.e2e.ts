// The reader's main journey in a real Firefox: the store's Firefox zip installed as a temporary
// add-on in Firefox ESR, driven over WebDriver BiDi, headed in the test's X display so that the
// Alt+Shift+R shortcut comes from the keyboard (Firefox binds the manifest's suggested key itself).
import { mkdirSync, readFileSync } from 'node:fs';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_PAGES_DIR } from '../../scripts/corpus';
import { comparable } from '../support/comparable-text';
import { needsCorpus } from '../support/shared-corpus';
import {
  firefoxReaderFrame,
  focusFirefoxWindowOf,
  openFirefoxLibrary,
  waitForFirefoxReaderState,
} from './support/firefox-reader';
import { ARTIFACTS } from './support/extension-session';
import { launchFirefox, type FirefoxWithExtension } from './support/launch-firefox';
import { typeOnKeyboard, useWindowManager } from './support/os-keyboard';
import { readPageState } from './support/page-state';
import { selectQuote } from './support/select-quote';
import { servePages, type PageServer } from './support/serve-pages';
import { storePackage } from './support/store-packages';

const SEED = 'christian-times-aleppo';
/** The seed page is in ../shared/pages: a clone alone skips, and says so, the test that opens it. */
const needsSeed = needsCorpus(SHARED_PAGES_DIR);
const QUOTE = 'expressed his gratitude to Russian leader Vladimir Putin';

useWindowManager();
let firefox: FirefoxWithExtension | undefined;
let server: PageServer | undefined;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true }); // Puppeteer, unlike Playwright, writes into existing folders only
  server = await servePages();
  firefox = await launchFirefox({ extension: storePackage('firefox'), headed: true });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Presses Alt+Shift+R in the window showing `page`; resolves with the reader's frame once it shows `state`. */
async function shortcutOpensReader(page: Page): Promise<Frame> {
  await focusFirefoxWindowOf(page);
  typeOnKeyboard('alt+shift+r');
  const reader = await firefoxReaderFrame(page, firefox!.extensionOrigin);
  await waitForFirefoxReaderState(reader, 'ready');
  return reader;
}

const marks = (reader: Frame) => reader.$$eval('mark[data-highlight-id]', (all) => all.map((mark) => mark.textContent));

describe('the reader, in Firefox', () => {
  it(
    'opens with the shortcut, keeps a highlight and a saved article, and Esc gives the page back as it was',
    needsSeed(async () => {
      const expected = JSON.parse(readFileSync(`${SHARED_PAGES_DIR}${SEED}/expected.json`, 'utf8')) as {
        title: string;
        mustInclude: string[];
        mustExclude: string[];
      };
      const page = await firefox!.browser.newPage();
      await page.goto(server!.pageUrl(SEED));
      await page.evaluate(() => window.scrollTo(0, 400));
      const before = await page.evaluate(readPageState);

      const reader = await shortcutOpensReader(page);
      expect(await reader.$eval('article h1', (h1) => h1.textContent)).toBe(expected.title);
      const text = comparable(await reader.$eval('article', (article) => (article as HTMLElement).innerText));
      for (const block of expected.mustInclude) expect(text).toContain(comparable(block));
      for (const clutter of expected.mustExclude) expect(text).not.toContain(comparable(clutter));

      await reader.click('button[title="Save to your library (s)"]');
      await reader.waitForSelector('button[title="In your library"]');
      await reader.evaluate(selectQuote, QUOTE);
      await page.keyboard.press('h');
      // The reader announces that the library saved the highlight.
      await reader.waitForFunction(() =>
        [...document.querySelectorAll('[role="status"]')].some((status) => status.textContent === 'Highlight saved.'),
      );
      expect(await marks(reader)).toEqual([QUOTE]);
      await page.screenshot({ path: `${ARTIFACTS}e2e-firefox-highlight.png` });

      await page.keyboard.press('Escape');
      await page.waitForSelector('iframe', { hidden: true });
      expect(await page.evaluate(readPageState)).toEqual(before);

      const again = await shortcutOpensReader(page);
      await again.waitForSelector('main[data-highlights-restored]');
      expect(await marks(again)).toEqual([QUOTE]);

      const library = await openFirefoxLibrary(firefox!.browser, again);
      const entry = await library.waitForSelector('.entry');
      const listed = await entry!.evaluate((element) => (element as HTMLElement).innerText);
      expect(listed).toContain(expected.title);
      expect(listed).toContain('1 highlight');
      await library.close();
      await page.close();
    }),
  );
});
