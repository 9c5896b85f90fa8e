import type { Frame, Page } from 'playwright-core';
import type { LaunchedExtension } from './launch-extension';
import { openReaderDocument } from './open-reader';
import { focusWindowOf, typeOnKeyboard } from './os-keyboard';
import { clickInReader } from './reader-input';

const TIMEOUT_MS = 10_000;

/** The "Open articles on SITE in the reader" switch. */
export const ALWAYS_OPEN_SWITCH = 'input[role="switch"]';

/**
 * How long Chromium's prompt ignores keys after it shows, and after each key: its buttons are
 * guarded for the platform's double-click interval (ui/views InputEventActivationProtector) against
 * presses meant for what was there before. A key sooner is dropped and starts the guard again.
 */
const PROMPT_GUARD_MS = 1_000;

/** Opens the reader on `page` from the toolbar, then its menu for the site; resolves once the switch can be used. */
export async function siteMenuOf(extension: LaunchedExtension, page: Page): Promise<Frame> {
  const reader = await openReaderDocument(extension, page);
  await clickInReader(reader, 'button:text-is("This site")');
  await reader.waitForSelector(`${ALWAYS_OPEN_SWITCH}:enabled`, { timeout: TIMEOUT_MS });
  return reader;
}

/**
 * Flips the switch in `reader` and answers the browser's own prompt as a person does, from the
 * keyboard: once the prompt has taken the keyboard from the page and its guard has passed, Tab to
 * Allow when `allow`, then Enter (Deny is the prompt's default). Neither Playwright nor Chromium has
 * a test-only grant for an extension's optional host permissions (Playwright declines it as out of
 * scope, microsoft/playwright#32755; Chromium's auto-confirm is a C++ browser-test hook), so this
 * needs the headed browser under Xvfb with a window manager.
 */
export async function answerAlwaysOpenPrompt(page: Page, reader: Frame, allow: boolean): Promise<void> {
  await focusWindowOf(page);
  await clickInReader(reader, ALWAYS_OPEN_SWITCH);
  await page.waitForFunction(() => !document.hasFocus(), undefined, { timeout: TIMEOUT_MS });
  // The one wait on the clock: the guard is a span of time, and nothing shows when it ends.
  await page.waitForFunction((until) => Date.now() >= until, Date.now() + PROMPT_GUARD_MS);
  if (allow) typeOnKeyboard('Tab');
  typeOnKeyboard('Return');
}
