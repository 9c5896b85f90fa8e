// The real keyboard shortcut, pressed as a person presses it: a headed Chromium in an X display
// with a window manager, keys sent by xdotool (Playwright's keyboard never reaches browser
// shortcuts). `npm run test:e2e` provides the display with xvfb-run.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readerFrame } from '../../scripts/browser/open-reader';
import { useExtensionSession } from './extension-session';
import { pageState } from './page-state';

// The service worker's own global, as the browser names it there.
declare const chrome: typeof browser;

let windowManager: ChildProcess | undefined;

// Registered before the session's hooks: the display is checked and the window manager started
// before the browser, and (hooks after run in reverse) stopped after it.
beforeAll(() => {
  if (!process.env.DISPLAY) {
    throw new Error('The shortcut test needs an X display: run it with `npm run test:e2e`, which starts Xvfb.');
  }
  // Without a window manager xdotool cannot give the browser window keyboard focus.
  windowManager = spawn('openbox', [], { stdio: 'ignore' });
});
afterAll(() => {
  windowManager?.kill();
});

const session = useExtensionSession({ headed: true });

beforeAll(async () => {
  const extension = session.extension();
  // A browser loaded with --load-extension assigns no shortcut; set the default as a person would.
  const settings = await session.extension().context.newPage();
  await settings.goto('chrome://extensions/shortcuts');
  await settings.evaluate(
    (extensionId) =>
      new Promise<void>((resolve) =>
        // @ts-expect-error chrome.developerPrivate exists only on chrome://extensions
        chrome.developerPrivate.updateExtensionCommand(
          { extensionId, commandName: 'toggle-reader', keybinding: 'Alt+Shift+R' },
          () => resolve(),
        ),
      ),
    extension.extensionId,
  );
  await settings.close();
});

/** Presses Alt+Shift+R in the browser window showing `page`, for real, once that window has focus. */
async function pressShortcut(page: Page) {
  await page.bringToFront();
  // The window whose title is this tab's: other Chromium windows (an extension's, a hidden one) may exist.
  const title = (await page.title()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const windowId = execFileSync('xdotool', ['search', '--onlyvisible', '--name', title], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1)!;
  execFileSync('xdotool', ['windowactivate', '--sync', windowId]);
  await expect.poll(() => page.evaluate(() => document.hasFocus())).toBe(true);
  execFileSync('xdotool', ['key', '--clearmodifiers', 'alt+shift+r']);
}

describe('the Alt+Shift+R shortcut', () => {
  it('opens the reader on an article page, and closes it again leaving the page as it was', async () => {
    const page = await session.openPage('christian-times-aleppo');
    await page.evaluate(() => window.scrollTo(0, 300));
    const before = await pageState(page);

    await pressShortcut(page);
    await expect
      .poll(() => readerFrame(page).locator('article h1').textContent())
      .toBe("Assad Thanks Putin, Russia for Helping Aleppo's Liberation");

    await pressShortcut(page);
    await expect.poll(() => page.locator('iframe').count()).toBe(0);
    expect(await pageState(page)).toEqual(before);
    await page.close();
  });

  it('is shown in the popup', async () => {
    const popup = await session.extension().context.newPage();
    await popup.goto(`chrome-extension://${session.extension().extensionId}/popup.html`);
    await expect.poll(() => popup.locator('kbd').textContent()).toBe('Alt+Shift+R');
    await popup.close();
  });

  it('marks the toolbar button with the reason on a page the browser forbids', async () => {
    const page = await session.extension().context.newPage();
    await page.goto('chrome://version/');
    await pressShortcut(page);
    const badge = () =>
      session.extension().serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return {
          text: await chrome.action.getBadgeText({ tabId: tab!.id }),
          title: await chrome.action.getTitle({ tabId: tab!.id }),
        };
      });
    await expect.poll(async () => (await badge()).text).toBe('!');
    expect((await badge()).title).toContain("doesn't let extensions read its own pages");
    await page.close();
  });
});
