import type { Page } from 'playwright-core';

/**
 * Runs in the page: everything about it a person could notice changing, markup, scroll, focus, the
 * keyboard. An empty `style=""` is no style: Chromium's form autofill leaves one on inputs when focus
 * moves. Self-contained, so any driver can send it to a page.
 */
export function readPageState() {
  return {
    html: document.documentElement.outerHTML.replaceAll(' style=""', ''),
    scrollY: window.scrollY,
    focused: document.activeElement?.outerHTML.slice(0, 80),
    // Whether keys reach the page (always true where Playwright emulates focus).
    hasFocus: document.hasFocus(),
  };
}

/** `readPageState` of a page Playwright drives. */
export function pageState(page: Page) {
  return page.evaluate(readPageState);
}
