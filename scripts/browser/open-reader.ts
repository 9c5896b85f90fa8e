import type { FrameLocator, Page } from 'playwright-core';
import type { LaunchedExtension } from './launch-extension';
import { pressToolbarButton } from './press-toolbar-button';

/** The reader as a person sees it: the extension's iframe over the page. */
export function readerFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe[title="Lucid Reader"]');
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
