/**
 * How soon an article of an always-open site is in the reader (`npm run bench:always-open`): in a
 * headed Chromium with the built extension under the display `xvfb-run` gives, "always open" is
 * turned on for the sample site (the browser's prompt answered from the keyboard), then its second
 * article is loaded OPENS times in a new tab. For each: from the page's load event to the reader's
 * first paint of the article's title (Element Timing in the reader's frame), on the clock every page
 * of the machine shares. Prints each and the median. A benchmark: nothing is asserted.
 */
import type { Frame } from 'playwright-core';
import { HARBOUR_POST_DIR } from '../tests/site-rules/harbour-post';
import { answerAlwaysOpenPrompt, siteMenuOf, ALWAYS_OPEN_SWITCH } from '../tests/e2e/support/always-open-switch';
import { launchExtension } from '../tests/e2e/support/launch-extension';
import { readerDocument, waitForReaderState } from '../tests/e2e/support/open-reader';
import { servePages } from '../tests/e2e/support/serve-pages';
import { startWindowManager } from '../tests/e2e/support/window-manager';
import { OPEN_STAGES } from '../utils/open-stages';
import { median } from './median';

const OPENS = 5;

/** When the reader in `frame` first painted the article's title, in milliseconds since the epoch. */
async function titlePaintedAt(frame: Frame): Promise<number> {
  return frame.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list, observer) => {
          const entry = list
            .getEntries()
            .find((each) => (each as PerformanceEntry & { identifier: string }).identifier === name);
          if (!entry) return;
          observer.disconnect();
          resolve(performance.timeOrigin + (entry as PerformanceEntry & { renderTime: number }).renderTime);
        }).observe({ type: 'element', buffered: true });
      }),
    OPEN_STAGES.articleShown,
  );
}

const stopWindowManager = await startWindowManager();
const server = await servePages([HARBOUR_POST_DIR]);
const extension = await launchExtension({ headed: true });
try {
  const first = await extension.context.newPage();
  await first.goto(server.pageUrl('ferry-returns'));
  const menu = await siteMenuOf(extension, first);
  await answerAlwaysOpenPrompt(first, menu, true);
  await menu.waitForSelector(`${ALWAYS_OPEN_SWITCH}:checked`);
  await first.close();

  const times: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const page = await extension.context.newPage();
    await page.goto(server.pageUrl('bridge-repairs'));
    const loadedAt = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return performance.timeOrigin + navigation!.loadEventEnd;
    });
    const reader = await readerDocument(page);
    await waitForReaderState(reader, 'ready');
    times.push((await titlePaintedAt(reader)) - loadedAt);
    await page.close();
  }
  console.log('Always-open site, second article loaded in a new tab: from its load event to the reader showing it');
  for (const [i, ms] of times.entries()) console.log(`  open ${i + 1}: ${ms.toFixed(0)} ms`);
  console.log(`  median of ${OPENS}: ${median(times).toFixed(0)} ms`);
} finally {
  await extension.close();
  await server.close();
  stopWindowManager();
}
