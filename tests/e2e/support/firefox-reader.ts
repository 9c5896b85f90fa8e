import type { Browser, Frame, Page } from 'puppeteer-core';
import { activateWindow, literally } from './os-keyboard';
import type { ReaderState } from './open-reader';

const TIMEOUT_MS = 10_000;

/** Polls `find` every 100 ms until it gives a value; rejects after TIMEOUT_MS saying `what`. */
async function waitFor<T>(what: string, find: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`No ${what} within ${TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Where `frame`'s document is, or null when it cannot be asked (it is going away). */
const locationOf = (frame: Frame) => frame.evaluate(() => location.href).catch(() => null);

/**
 * The reader's frame on `page`, once its document is the extension's reader.html. Firefox's BiDi
 * never reports the navigation of a frame into an extension page, so Puppeteer lists the frame as
 * `about:blank`; its document answers scripts all the same, and tells where it is.
 */
export function firefoxReaderFrame(page: Page, extensionOrigin: string): Promise<Frame> {
  return waitFor('reader frame showing reader.html', async () => {
    for (const frame of page.mainFrame().childFrames()) {
      if ((await locationOf(frame))?.startsWith(`${extensionOrigin}/reader.html`)) return frame;
    }
    return undefined;
  });
}

/** Waits until the reader says it shows `state` (its `<main data-state>`). */
export async function waitForFirefoxReaderState(reader: Frame, state: ReaderState): Promise<void> {
  await reader.waitForSelector(`main[data-state="${state}"]`, { timeout: TIMEOUT_MS });
}

/**
 * Gives the keyboard to the Firefox window showing `page`: its tab in front, the window activated
 * by the window manager (the window whose title starts with the page's), and the page told it has
 * focus, so keys typed after this reach the browser.
 */
export async function focusFirefoxWindowOf(page: Page): Promise<void> {
  await page.bringToFront();
  activateWindow(`^${literally(await page.title())}`);
  await page.waitForFunction(() => document.hasFocus(), { timeout: TIMEOUT_MS });
}

/**
 * Opens the extension's popup page in a tab of its own and returns it once it shows the library.
 * Firefox's BiDi refuses to navigate to an extension's page ("unsupported operation"), and a web
 * page may not open one, so the reader's frame, an extension page, opens it as its links do.
 */
export async function openFirefoxLibrary(browser: Browser, reader: Frame): Promise<Page> {
  const before = new Set(await browser.pages());
  await reader.evaluate(() => void open('/popup.html'));
  const library = await waitFor('tab with the popup page', async () =>
    (await browser.pages()).find((page) => !before.has(page)),
  );
  await waitFor('popup page loaded', async () =>
    (await locationOf(library.mainFrame()))?.endsWith('/popup.html') ? true : undefined,
  );
  await library.waitForSelector('#library-heading', { timeout: TIMEOUT_MS });
  return library;
}
