import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import type { LaunchedExtension } from './launch-extension';
import { pressToolbarButton } from './press-toolbar-button';

const READER_FRAME = 'iframe[title="Lucid Reader"]';

/** The reader as a person sees it: the extension's iframe over the page. */
export function readerFrame(page: Page): FrameLocator {
  return page.frameLocator(READER_FRAME);
}

/** Opens the reader on `page` as a person does: toolbar button, then "Read this page" with Enter. */
export async function openReaderFromToolbar(extension: LaunchedExtension, page: Page): Promise<FrameLocator> {
  const { popup, client } = await pressToolbarButton(extension, page);
  try {
    const button = popup.getByRole('button', { name: 'Read this page' });
    await button.waitFor();
    // The popup closes itself once the reader is open, which may cut the key press short.
    await popup.keyboard.press('Enter').catch(() => {});
  } finally {
    await client.close();
  }
  return readerFrame(page);
}

/** Opens the reader from the toolbar and returns its document (the frame's) once the article shows. */
export async function openReaderDocument(extension: LaunchedExtension, page: Page): Promise<Frame> {
  const reader = await openReaderFromToolbar(extension, page);
  await reader.locator('article h1').waitFor();
  const frame = await (await reader.owner().elementHandle())?.contentFrame();
  if (!frame) throw new Error('The reader frame has no document');
  return frame;
}

/** Whether keys pressed in `page` reach `text`'s document: a Shift (which nothing handles) is pressed until one does, for about 1.5 s. */
async function keysReach(page: Page, text: Locator): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await text.evaluate((main) => {
      const probe = main.ownerDocument.defaultView as Window & { keyArrived?: boolean };
      probe.keyArrived = false;
      probe.addEventListener('keydown', () => (probe.keyArrived = true), { capture: true, once: true });
    });
    await page.keyboard.press('Shift');
    for (let wait = 0; wait < 6; wait++) {
      if (await text.evaluate((main) => (main.ownerDocument.defaultView as Window & { keyArrived?: boolean }).keyArrived)) return true;
      await page.waitForTimeout(50);
    }
  }
  return false;
}

/**
 * Puts keyboard focus on the reader's text: the frame first (from the page, so the browser routes
 * keys to it even when the page itself did not have focus), then the text. Returns once a key
 * pressed reaches the reader. Now and then (in 6 of about 65 e2e runs here) the browser goes on
 * sending keys to the page while both documents say the reader's frame has focus;
 * focusing it again changes nothing, since the reader believes it has focus already. Focus then
 * leaves the frame and comes back, which the reader reports to the browser afresh.
 */
export async function focusReaderText(page: Page, reader: Frame | FrameLocator): Promise<void> {
  const text = reader.locator('main');
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.locator(READER_FRAME).focus();
    await text.focus();
    if (await keysReach(page, text)) return;
    console.warn(`Keys pressed went to the page, not to the reader it focused (try ${attempt}); focusing it afresh`);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
  throw new Error('Keys pressed in the tab do not reach the reader, even after focusing it afresh');
}

/**
 * Closes the reader with Esc from its text, as a person does; resolves once the frame is gone.
 * The key goes down in the reader and comes up only once the frame is gone: a release sent to a
 * frame being removed may never be acknowledged by a busy browser, which would hang the test.
 */
export async function closeReaderWithEscape(page: Page, reader: Frame | FrameLocator): Promise<void> {
  await focusReaderText(page, reader);
  await page.keyboard.down('Escape');
  await page.locator(READER_FRAME).waitFor({ state: 'detached' });
  await page.keyboard.up('Escape');
}

/** Selects `quote` in the reader's article as a drag of the mouse does: focus in the reader, then the selection. */
export async function selectInReader(reader: Frame, quote: string): Promise<void> {
  // The mouse press that starts a drag puts focus in the reader: keys pressed next go there.
  await focusReaderText(reader.page(), reader);
  await reader.evaluate((wanted) => {
    const body = document.querySelector('.article-body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      getSelection()!.setBaseAndExtent(node, at, node, at + wanted.length);
      body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`not in the article: ${wanted}`);
  }, quote);
}
