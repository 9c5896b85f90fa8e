import type { Frame, FrameLocator, Page } from 'playwright-core';
import type { LaunchedExtension } from './launch-extension';
import { pressToolbarButton } from './press-toolbar-button';
import { pressDownInReader } from './reader-input';
import { selectQuote } from './select-quote';

const READER_FRAME = 'iframe[title="Lucid Reader"]';

/** What the reader's `<main data-state>` says it shows. */
export type ReaderState = 'loading' | 'ready' | 'not-article' | 'error';

/** The reader as a person sees it: the extension's iframe over the page. */
export function readerFrame(page: Page): FrameLocator {
  return page.frameLocator(READER_FRAME);
}

/** The document of the reader's frame on `page`, once the frame is there. */
export async function readerDocument(page: Page): Promise<Frame> {
  const frame = await (await page.locator(READER_FRAME).elementHandle())?.contentFrame();
  if (!frame) throw new Error('The reader frame has no document');
  return frame;
}

/** Waits until the reader says it shows `state` (its `<main data-state>`); bounded by the default timeout. */
export async function waitForReaderState(reader: Frame | FrameLocator, state: ReaderState): Promise<void> {
  await reader.locator(`main[data-state="${state}"]`).waitFor();
}

/**
 * Waits until the reader has the library's answer for its article: the saved highlights are drawn,
 * or listed as not placed.
 */
export async function waitForHighlightsRestored(reader: Frame | FrameLocator): Promise<void> {
  await reader.locator('main[data-highlights-restored]').waitFor();
}

/** Opens the reader on `page` as a person does: toolbar button, then "Read this page" with Enter. */
export async function openReaderFromToolbar(extension: LaunchedExtension, page: Page): Promise<FrameLocator> {
  const { popup, client } = await pressToolbarButton(extension, page);
  try {
    // The popup puts focus on its first control, "Read this page", as it starts.
    await popup.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Read this page');
    // Enter activates the button as it goes down; the popup then closes itself, so the key is not
    // released there: a release sent to a closed page would fail. The browser gives the keyboard
    // back to its window as the popup goes: until then a key typed in the window may land in the
    // browser's own toolbar, not the page.
    await Promise.all([popup.waitForEvent('close'), popup.keyboard.down('Enter')]);
  } finally {
    await client.close();
  }
  await page.locator(READER_FRAME).waitFor({ state: 'attached' });
  return readerFrame(page);
}

/** Opens the reader from the toolbar and returns its document once it shows the article. */
export async function openReaderDocument(extension: LaunchedExtension, page: Page): Promise<Frame> {
  const reader = await openReaderFromToolbar(extension, page);
  await waitForReaderState(reader, 'ready');
  return readerDocument(page);
}

/** Closes the reader with Esc pressed in it, as a person does; resolves once the frame is gone. */
export async function closeReaderWithEscape(page: Page, reader: Frame): Promise<void> {
  await pressDownInReader(reader, 'Escape');
  await page.locator(READER_FRAME).waitFor({ state: 'detached' });
}

/**
 * Selects `quote` in the reader's article as a drag of the mouse does: the selection, then the
 * mouse's release, on which the reader shows its highlight menu.
 */
export async function selectInReader(reader: Frame, quote: string): Promise<void> {
  await reader.evaluate(selectQuote, quote);
}
