// The extension changing under an open reader: its service worker stopped (the browser does that
// to an idle one), and the extension itself reloaded (as an update does).
import type { CDPSession, Frame, Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import {
  closeReaderWithEscape,
  openReaderDocument,
  selectInReader,
  waitForHighlightsRestored,
} from './support/open-reader';
import { pressInReader } from './support/reader-input';
import { ARTIFACTS, useExtensionSession } from './support/extension-session';
import { stopServiceWorker } from './support/stop-service-worker';

// The service worker's own global, as the browser names it there.
declare const chrome: typeof browser;

const SLUG = 'daily-harbor-ferry-strike';
const QUOTE = 'Union officials say crews have been asked to cover too many double shifts';

const session = useExtensionSession();

interface DomNode {
  nodeType: number;
  nodeValue: string;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType: string })[];
}

function textOf(node: DomNode): string {
  return node.nodeType === 3
    ? node.nodeValue
    : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(textOf).join(' ');
}

/** The texts in the page's closed shadow roots, which no page script (nor Playwright's locators) can read. */
async function closedShadowTexts(page: Page): Promise<string[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const texts: string[] = [];
    const walk = (node: DomNode) => {
      for (const shadow of node.shadowRoots ?? [])
        if (shadow.shadowRootType === 'closed') texts.push(textOf(shadow).trim());
      node.children?.forEach(walk);
    };
    walk(root);
    return texts;
  } finally {
    await cdp.detach();
  }
}

/** Selects `quote` in the reader's article and presses h, as a person highlights it. */
async function highlight(frame: Frame, quote: string): Promise<void> {
  await selectInReader(frame, quote);
  await pressInReader(frame, 'h');
}

const marks = (frame: Frame) => frame.$$eval('mark[data-highlight-id]', (all) => all.map((mark) => mark.textContent));

describe('the extension changing under an open reader', () => {
  it('saves a highlight made after the service worker was stopped, and gives it back later', async () => {
    const page = await session.openPage(SLUG);
    const frame = await openReaderDocument(session.extension(), page);
    await stopServiceWorker(session.extension());

    await highlight(frame, QUOTE);
    expect(await marks(frame)).toEqual([QUOTE]);
    // The library's answer: saved, and no "could not save".
    await frame.getByRole('status').getByText('Highlight saved.').waitFor();
    expect(await frame.getByRole('alert').innerText()).toBe('');

    await closeReaderWithEscape(page, frame);
    await page.reload();
    const again = await openReaderDocument(session.extension(), page);
    await waitForHighlightsRestored(again);
    expect(await marks(again)).toEqual([QUOTE]);
    await page.close();
  });

  it('replaces the reader with "reopen the reader" when the extension is updated, and Esc removes it', async () => {
    const page = await session.openPage(SLUG);
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    await openReaderDocument(session.extension(), page);

    // What an update does to a running extension: unloaded, then loaded again from its files.
    await session
      .extension()
      .serviceWorker.evaluate(() => chrome.runtime.reload())
      .catch(() => {});
    await expect.poll(() => closedShadowTexts(page)).toEqual(['Lucid Reader was updated — reopen the reader Close']);
    expect(await page.locator('iframe').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}e2e-extension-updated.png` });

    await page.keyboard.press('Escape');
    await expect.poll(() => closedShadowTexts(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
