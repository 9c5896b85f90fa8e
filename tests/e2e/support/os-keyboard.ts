// Keys pressed as a person presses them: xdotool types into the X display the headed browser runs
// in, so the browser routes them itself (its shortcuts, the focused frame). `npm run test:e2e` gives
// the display with xvfb-run, its key auto-repeat off (-r): a busy machine can hold xdotool's key down
// long enough for X to repeat it.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startWindowManager } from './window-manager';

const TIMEOUT_MS = 10_000;

/**
 * Runs a window manager on the test display for the file's tests. Call it before
 * `useExtensionSession`, so it runs before the browser starts and (hooks after run in reverse)
 * stops after it.
 */
export function useWindowManager(): void {
  let stop: (() => void) | undefined;
  beforeAll(async () => {
    stop = await startWindowManager();
  });
  afterAll(() => stop?.());
}

const realFocus = new WeakSet<Page>();

/**
 * Makes `page`'s `document.hasFocus()` tell the truth. Playwright emulates focus in every page it
 * drives (each page believes it has focus), which would hide whether the browser window really has
 * the keyboard. The emulation is switched on, then off, from a DevTools session of the test's own:
 * a session only turns off what it turned on. The session stays open while the page lives.
 */
async function showRealFocus(page: Page): Promise<void> {
  if (realFocus.has(page)) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
  realFocus.add(page);
}

/**
 * Gives the keyboard to the browser window showing `page`: its tab in front, the window activated
 * by the window manager, and the page told it has focus (the browser tells it once the window has
 * the keyboard, so keys typed after this reach the browser).
 */
export async function focusWindowOf(page: Page): Promise<void> {
  await showRealFocus(page);
  await page.bringToFront();
  // The window whose title is this tab's: other Chromium windows (an extension's, a hidden one) may exist.
  activateWindow(literally(await page.title()));
  await page.waitForFunction(() => document.hasFocus(), undefined, { timeout: TIMEOUT_MS });
}

/**
 * Activates, through the window manager, the newest visible window whose title matches `title` (an
 * xdotool regular expression), so that keys typed next reach it.
 */
export function activateWindow(title: string): void {
  const windowId = execFileSync('xdotool', ['search', '--sync', '--onlyvisible', '--name', title], {
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
  })
    .trim()
    .split('\n')
    .at(-1)!;
  execFileSync('xdotool', ['windowactivate', '--sync', windowId], { timeout: TIMEOUT_MS });
}

/** A regular expression that matches `text` as it is. */
export function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Types `keys` (xdotool's names: `alt+shift+r`, `Tab`) into the focused window, as a keyboard does. */
export function typeOnKeyboard(keys: string): void {
  execFileSync('xdotool', ['key', '--clearmodifiers', keys], { timeout: TIMEOUT_MS });
}

/**
 * Presses `chord` (`alt+shift+r`) with its keys going down one right after the other, as fingers
 * pressing a shortcut do; `typeOnKeyboard` leaves xdotool's 12 ms between them.
 */
export function pressChord(chord: string): void {
  execFileSync('xdotool', ['key', '--clearmodifiers', '--delay', '0', chord], { timeout: TIMEOUT_MS });
}
