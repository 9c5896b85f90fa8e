import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HARBOUR_POST_DIR, STANDFIRST, TIDES } from '../site-rules/harbour-post';
import { useExtensionSession } from './support/extension-session';
import { closeReaderWithEscape, openReaderDocument, readerDocument, waitForReaderState } from './support/open-reader';
import { clickInReader, pressInReader } from './support/reader-input';

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

  it('chooses the block from the keyboard too: ↓ and ↑ outline a block, Enter removes it', async () => {
    const first = await readerOn('ferry-returns');
    await clickInReader(first.reader, 'button:text-is("Remove…")');
    await first.reader.locator('.removal-bar').waitFor();
    const outlined = first.reader.locator('[data-remove-target]');
    // Each press is answered before the next: the outline moves one block down, to the tide box.
    for (let press = 0; press < 20; press++) {
      await pressInReader(first.reader, 'ArrowDown');
      if ((await outlined.textContent())?.includes(TIDES)) break;
    }
    await pressInReader(first.reader, 'ArrowUp', 'ArrowDown');
    expect(await outlined.textContent()).toContain(TIDES);
    await pressInReader(first.reader, 'Enter');
    await first.reader.locator('.removal-bar', { hasText: 'Removed: boxes like' }).waitFor();
    expect(await shownText(first.reader)).not.toContain(TIDES);
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

/** Points the mouse at the first paragraph of the page's story body, as a person would. */
async function pointAtStoryBody(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('div.story__body p').first().boundingBox())!;
  const at = { x: box.x + 20, y: box.y + box.height / 2 };
  await page.mouse.move(at.x, at.y);
  return at;
}

describe('"Wrong part?" keeps the part the person points at', () => {
  it('opens the reader on the part chosen on the page, and the next article of the site on the same part', async () => {
    const first = await readerOn('ferry-returns');
    expect(await shownText(first.reader)).toContain(STANDFIRST['ferry-returns']);
    await clickInReader(first.reader, 'button:text-is("Wrong part?")');
    await first.page.locator('iframe[title="Lucid Reader"]').waitFor({ state: 'detached' });
    await first.page.locator('lucid-reader-picker').waitFor({ state: 'attached' });

    const at = await pointAtStoryBody(first.page);
    await first.page.mouse.click(at.x, at.y);
    await first.page.locator('lucid-reader-picker').waitFor({ state: 'detached' });
    await first.page.locator('iframe[title="Lucid Reader"]').waitFor({ state: 'attached' });
    const reader = await readerDocument(first.page);
    await waitForReaderState(reader, 'ready');
    expect(await reader.locator('.chosen-part').innerText()).toMatch(
      /^The reader now opens articles of this site on the part you chose: boxes like “The night ferry/,
    );
    const text = await shownText(reader);
    expect(text).not.toContain(STANDFIRST['ferry-returns']);
    expect(text).toContain('The first sailing is already fully booked');
    await closeReaderWithEscape(first.page, reader);
    // The click chose: it followed no link and left the page where it was.
    expect(first.page.url()).toBe(session.server().pageUrl('ferry-returns'));

    const second = await readerOn('bridge-repairs');
    const secondText = await shownText(second.reader);
    expect(secondText).not.toContain(STANDFIRST['bridge-repairs']);
    expect(secondText).toContain('Engineers expect the new gear');
    await second.page.close();
    await first.page.close();
  });

  it('leaves the page shown and keeps no rule when the person presses Esc instead', async () => {
    const first = await readerOn('ferry-returns');
    await clickInReader(first.reader, 'button:text-is("Wrong part?")');
    await first.page.locator('lucid-reader-picker').waitFor({ state: 'attached' });
    await pointAtStoryBody(first.page);
    await first.page.keyboard.press('Escape');
    await first.page.locator('lucid-reader-picker').waitFor({ state: 'detached' });
    expect(await first.page.locator('iframe[title="Lucid Reader"]').count()).toBe(0);
    await first.page.close();

    const second = await readerOn('bridge-repairs');
    expect(await shownText(second.reader)).toContain(STANDFIRST['bridge-repairs']);
    await second.page.close();
  });
});
