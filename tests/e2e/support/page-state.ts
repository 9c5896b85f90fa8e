import type { Page } from 'playwright-core';

/**
 * Everything about the page a person could notice changing: markup, scroll, focus, the keyboard. An empty
 * `style=""` is no style: Chromium's form autofill leaves one on inputs when focus moves.
 */
export function pageState(page: Page) {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML.replaceAll(' style=""', ''),
    scrollY: window.scrollY,
    focused: document.activeElement?.outerHTML.slice(0, 80),
    // Whether keys reach the page (always true where Playwright emulates focus).
    hasFocus: document.hasFocus(),
  }));
}
