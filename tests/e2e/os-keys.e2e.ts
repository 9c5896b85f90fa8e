// Keys from the OS, pressed as a person presses them, where the test is about what the browser does
// with them: the Alt+Shift+R shortcut (Playwright's keyboard never reaches browser shortcuts), and
// Tab kept inside the reader's frame (which frame gets a key is the browser's choice). A headed
// Chromium in the test's X display, keys sent by xdotool; the other tests press keys in the reader.
import type { Frame, Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { beforeAll, describe, expect, it } from 'vitest';
import { assignShortcut } from './support/assign-shortcut';
import { useExtensionSession } from './support/extension-session';
import { SHARED_PAGES_DIR } from '../../scripts/corpus';
import { needsCorpus } from '../support/shared-corpus';
import { openReaderDocument, readerFrame, waitForReaderState } from './support/open-reader';
import { focusWindowOf, typeOnKeyboard, useWindowManager } from './support/os-keyboard';
import { pageState } from './support/page-state';

// The service worker's own global, as the browser names it there.
declare const chrome: typeof browser;

const SEED = 'christian-times-aleppo';
/** The seed page is in ../shared/pages: a clone alone skips, and says so, the tests that open it. */
const needsSeed = needsCorpus(SHARED_PAGES_DIR);

useWindowManager();
const session = useExtensionSession({ headed: true });

beforeAll(() => assignShortcut(session.extension()));

/**
 * How many commands the browser has dispatched to the extension, counted in its service worker
 * beside the extension's own listener (added again if the browser restarted the worker).
 */
async function commandsDispatched(): Promise<number> {
  return session.extension().serviceWorker.evaluate(() => {
    const counter = globalThis as { commandsDispatched?: number };
    if (counter.commandsDispatched === undefined) {
      counter.commandsDispatched = 0;
      chrome.commands.onCommand.addListener(() => counter.commandsDispatched!++);
    }
    return counter.commandsDispatched;
  });
}

/**
 * Presses Alt+Shift+R in the browser window showing `page`, once that window has the keyboard,
 * and resolves once the browser has dispatched the command to the extension. Returns a check that
 * it was dispatched exactly once: a second dispatch (a key X repeated) toggles the reader again.
 */
async function pressShortcut(page: Page): Promise<() => Promise<void>> {
  await focusWindowOf(page);
  const before = await commandsDispatched();
  typeOnKeyboard('alt+shift+r');
  await expect.poll(async () => (await commandsDispatched()) - before).toBeGreaterThan(0);
  return async () =>
    expect((await commandsDispatched()) - before, 'commands dispatched by one press of Alt+Shift+R').toBe(1);
}

/** The toolbar button's badge and title on the active tab, as the extension set them, and the tab's address. */
function toolbarButton(): Promise<{ text: string; title: string; url: string }> {
  return session.extension().serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return {
      text: await chrome.action.getBadgeText({ tabId: tab!.id }),
      title: await chrome.action.getTitle({ tabId: tab!.id }),
      url: tab!.url ?? '',
    };
  });
}

/** What the tab shows, for a failure message: the reader's frame, what it says, the tab's state and the toolbar's title. */
async function tabState(page: Page): Promise<string> {
  const frames = await readerFrame(page).owner().count();
  const text = frames > 0 ? await readerFrame(page).locator('body').innerText({ timeout: 1_000 }).catch(String) : '';
  const tab = await page.evaluate(() => ({ visibility: document.visibilityState, focus: document.hasFocus() }));
  const title = await toolbarButton().then((button) => `${button.title} (on ${button.url})`, String);
  // Whether the extension may script the tab now: the shortcut's press is what grants it that.
  const access = await session
    .extension()
    .serviceWorker.evaluate(async () => {
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.scripting.executeScript({ target: { tabId: active!.id! }, func: () => 'granted' }).then(
        ([frame]) => String(frame?.result),
        (error: unknown) => String(error),
      );
    })
    .catch(String);
  return `reader frames: ${frames}; reader text: ${JSON.stringify(text.slice(0, 300))}; tab: ${JSON.stringify(tab)}; toolbar: ${title}; scripting the tab now: ${access}`;
}

describe('the Alt+Shift+R shortcut', () => {
  it(
    'opens the reader on an article page, and closes it again leaving the page as it was',
    needsSeed(async () => {
      const page = await session.openPage(SEED);
      await page.evaluate(() => window.scrollTo(0, 300));
      const before = await pageState(page);

      const pressedOnce = await pressShortcut(page);
      try {
        await waitForReaderState(readerFrame(page), 'ready');
      } catch (error) {
        throw new Error(`The reader did not show the article after the command: ${await tabState(page)}`, {
          cause: error,
        });
      }
      expect(await readerFrame(page).locator('article h1').textContent()).toBe(
        "Assad Thanks Putin, Russia for Helping Aleppo's Liberation",
      );
      await pressedOnce();

      const closedOnce = await pressShortcut(page);
      await page.locator('iframe').waitFor({ state: 'detached' });
      await closedOnce();
      expect(await pageState(page)).toEqual(before);
      await page.close();
    }),
  );

  it('is shown in the popup', async () => {
    const popup = await session.extension().context.newPage();
    await popup.goto(`chrome-extension://${session.extension().extensionId}/popup.html`);
    await expect.poll(() => popup.locator('kbd').textContent()).toBe('Alt+Shift+R');
    await popup.close();
  });

  it('marks the toolbar button with the reason on a page the browser forbids', async () => {
    const page = await session.extension().context.newPage();
    await page.goto('chrome://version/');
    const pressedOnce = await pressShortcut(page);
    await expect.poll(async () => (await toolbarButton()).text).toBe('!');
    expect((await toolbarButton()).title).toContain("doesn't let extensions read its own pages");
    await pressedOnce();
    await page.close();
  });
});

/** Counts, in `frame`'s window, the Tab keys released there (a key is released where it went down). */
async function countTabs(frame: Frame | Page): Promise<void> {
  await frame.evaluate(() => {
    const counter = window as unknown as { tabsSeen: number };
    counter.tabsSeen = 0;
    addEventListener('keyup', (event) => event.key === 'Tab' && counter.tabsSeen++, true);
  });
}
const tabsSeen = (frame: Frame | Page) => frame.evaluate(() => (window as unknown as { tabsSeen: number }).tabsSeen);

describe('Tab in the reader', () => {
  it(
    'goes round every control twice without focus leaving for the page underneath',
    needsSeed(async () => {
      const page = await session.openPage(SEED);
      const frame = await openReaderDocument(session.extension(), page);
      await focusWindowOf(page);
      // The reader is told it has focus once the browser sends the window's keys to its frame.
      await frame.waitForFunction(() => document.hasFocus());
      await Promise.all([countTabs(frame), countTabs(page)]);
      for (let pressed = 1; pressed <= 40; pressed++) {
        typeOnKeyboard('Tab');
        // Each Tab arrives in the reader, and leaves focus there.
        await frame
          .waitForFunction((count) => (window as unknown as { tabsSeen: number }).tabsSeen === count, pressed)
          .catch(async (error) => {
            const where = await frame.evaluate(() => ({
              focus: document.hasFocus(),
              active: document.activeElement?.outerHTML.slice(0, 80),
            }));
            throw new Error(
              `Tab ${pressed} did not reach the reader: the page saw ${await tabsSeen(page)}, the reader ${await tabsSeen(frame)}; reader ${JSON.stringify(where)}`,
              { cause: error },
            );
          });
        expect(await frame.evaluate(() => document.hasFocus() && document.activeElement !== document.body)).toBe(true);
      }
      expect(await tabsSeen(page)).toBe(0);
      await page.close();
    }),
  );
});
