import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HARBOUR_POST_DIR, TIDES } from '../site-rules/harbour-post';
import { useExtensionSession } from './support/extension-session';
import { closeReaderWithEscape, openReaderDocument } from './support/open-reader';
import { clickInReader } from './support/reader-input';

// The sample site: two articles and a home page of one template, served from one origin.
const session = useExtensionSession({ roots: [HARBOUR_POST_DIR] });

/** The article's text as the reader shows it, hidden blocks left out. */
const shownText = (reader: Frame) => reader.locator('article').innerText();

/** Opens the reader on sample page `slug` and returns the tab and the reader's document. */
async function readerOn(slug: string): Promise<{ page: Page; reader: Frame }> {
  const page = await session.openPage(slug);
  return { page, reader: await openReaderDocument(session.extension(), page) };
}

/** "Remove…", then a click on the paragraph of the article that holds `text`; resolves once the reader says what it removed. */
async function removeBlock(reader: Frame, text: string): Promise<void> {
  await clickInReader(reader, 'button:text-is("Remove…")');
  await reader.locator('.removal-bar').waitFor();
  const block = `article p:has-text("${text}")`;
  await reader.locator(block).scrollIntoViewIfNeeded();
  await clickInReader(reader, block);
  await reader.locator('.removal-bar', { hasText: 'Removed:' }).waitFor();
}

/** The options page, listing every site's rules. */
async function openSiteRules(): Promise<Page> {
  const { context, extensionId } = session.extension();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('main.site-rules').waitFor();
  return options;
}

describe('"Remove…" keeps a rule for the site', () => {
  it('takes a block away with undo, and the next article of the site opens without blocks like it', async () => {
    const first = await readerOn('ferry-returns');
    expect(await shownText(first.reader)).toContain(TIDES);

    await removeBlock(first.reader, TIDES);
    expect(await first.reader.locator('.removal-bar').innerText()).toContain(
      'Removed: boxes like “Tides at Quay Street this week: high water 06:12 and 18:40,…” are left out on 127.0.0.1.',
    );
    expect(await shownText(first.reader)).not.toContain(TIDES);
    // Undo shows the block again and forgets the rule; removing once more keeps it.
    await clickInReader(first.reader, '.removal-bar button:text-is("Undo")');
    await expect.poll(() => shownText(first.reader)).toContain(TIDES);
    await removeBlock(first.reader, TIDES);
    await closeReaderWithEscape(first.page, first.reader);

    const second = await readerOn('bridge-repairs');
    const text = await shownText(second.reader);
    expect(text).not.toContain(TIDES);
    expect(text).toContain('Pedestrians will be able to cross on a temporary footbridge');
    await second.page.close();
    await first.page.close();
  });

  it('lists the rule on the options page, where deleting it brings the block back', async () => {
    const first = await readerOn('ferry-returns');
    await removeBlock(first.reader, TIDES);
    await first.page.close();

    const options = await openSiteRules();
    const site = options.getByRole('region', { name: '127.0.0.1' });
    await site.getByText('boxes like “Tides at Quay Street').waitFor();
    expect(await site.getByRole('textbox', { name: 'Selector' }).inputValue()).toBe('div.tide-times');
    await site.getByRole('button', { name: 'Delete' }).click();
    await options.getByText('No site rules yet.').waitFor();
    await options.close();

    const second = await readerOn('bridge-repairs');
    expect(await shownText(second.reader)).toContain(TIDES);
    await second.page.close();
  });

  it('takes an edited selector, refuses one that is not plain, and the reader says when a rule matched nothing', async () => {
    const first = await readerOn('ferry-returns');
    await removeBlock(first.reader, TIDES);
    await first.page.close();

    const options = await openSiteRules();
    const selector = options.getByRole('textbox', { name: 'Selector' });
    await selector.fill('div:has(script)');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByRole('alert').getByText('That is not a plain selector').waitFor();
    await selector.fill('div.tide-table');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByRole('alert').waitFor({ state: 'detached' });
    await options.close();

    const second = await readerOn('bridge-repairs');
    expect(await shownText(second.reader)).toContain(TIDES);
    const skipped = second.reader.locator('.skipped-rules');
    await skipped.locator('summary').click();
    expect(await skipped.locator('li').innerText()).toBe(
      'boxes like “Tides at Quay Street this week: high water 06:12 and 18:40,…”: nothing on this page matches it.',
    );
    await second.page.close();
  });
});
