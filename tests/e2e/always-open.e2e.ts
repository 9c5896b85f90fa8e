// "Open articles on this site in the reader", with the browser's own prompt answered from the
// keyboard (see support/always-open-switch.ts for why and how).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { HARBOUR_POST_DIR } from '../site-rules/harbour-post';
import { ALWAYS_OPEN_SWITCH, answerAlwaysOpenPrompt, siteMenuOf } from './support/always-open-switch';
import { extensionWorldCreated, inExtensionWorld, watchWorlds } from './support/extension-world';
import { useExtensionSession } from './support/extension-session';
import { closeReaderWithEscape, readerDocument, waitForReaderState } from './support/open-reader';
import { useWindowManager } from './support/os-keyboard';

useWindowManager();
const work = mkdtempSync(join(tmpdir(), 'lucid-always-open-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const session = useExtensionSession({ roots: [HARBOUR_POST_DIR], headed: true, profileDir: join(work, 'profile') });

const SWITCH = ALWAYS_OPEN_SWITCH;

/** Opens the reader on `slug` from the toolbar and its menu for the site. */
async function siteMenuOn(slug: string): Promise<{ page: Page; reader: Frame }> {
  const page = await session.openPage(slug);
  return { page, reader: await siteMenuOf(session.extension(), page) };
}

/** What the extension holds for the sample site: its always-open script, and its access. */
async function heldForSite(): Promise<{ scripts: string[]; access: boolean }> {
  return session.extension().serviceWorker.evaluate(async () => {
    const { scripting, permissions } = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser })
      .chrome;
    const scripts = (await scripting.getRegisteredContentScripts()).map((script) => script.id);
    return { scripts, access: await permissions.contains({ origins: ['*://127.0.0.1/*'] }) };
  });
}

/** Loads `slug` in a new tab and resolves, once the extension's script there has run, with whether it opened the reader. */
async function loadAndWatch(slug: string): Promise<{ page: Page; opened: unknown }> {
  const page = await session.extension().context.newPage();
  const cdp = await watchWorlds(page);
  const world = extensionWorldCreated(cdp, session.extension().extensionId);
  await page.goto(session.server().pageUrl(slug));
  const opened = await inExtensionWorld(cdp, await world, 'globalThis.lucidReaderOverlay !== undefined');
  await cdp.detach();
  return { page, opened };
}

describe('always open on this site', () => {
  // One story, in order: Chromium remembers a site once allowed, and asks no more in that profile.
  it('asks at the click, opens the site’s articles by itself (after a restart too), leaves its home page alone, and gives the site back when off', async () => {
    // Declined: nothing changes, and the reader says so.
    const first = await siteMenuOn('ferry-returns');
    expect(await first.reader.locator(SWITCH).isChecked()).toBe(false);
    await answerAlwaysOpenPrompt(first.page, first.reader, false);
    await first.reader
      .getByText('Nothing changed: Lucid Reader still reads pages of 127.0.0.1 only when you ask.')
      .waitFor();
    expect(await first.reader.locator(SWITCH).isChecked()).toBe(false);
    expect(await heldForSite()).toEqual({ scripts: [], access: false });

    // Allowed: the site's script is registered, and the site's access held.
    await answerAlwaysOpenPrompt(first.page, first.reader, true);
    await expect.poll(() => first.reader.locator(SWITCH).isChecked()).toBe(true);
    expect(await heldForSite()).toEqual({ scripts: ['always-open:127.0.0.1'], access: true });
    await first.page.close();

    await expectOpensBySelf('bridge-repairs', 'Swing bridge to close for repairs');
    const home = await loadAndWatch('home');
    expect(home.opened).toBe(false);
    await home.page.close();

    // Kept across restarts.
    await session.restart();
    // The unpacked extension is loaded afresh, as an update is: its worker registers the site again.
    await expect.poll(() => heldForSite()).toEqual({ scripts: ['always-open:127.0.0.1'], access: true });
    await expectOpensBySelf('bridge-repairs', 'Swing bridge to close for repairs');

    // Off, on the options page: the registration goes and the access is given back, with no prompt.
    const { context, extensionId } = session.extension();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const toggle = options.getByRole('region', { name: '127.0.0.1' }).getByRole('switch');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.click();
    // A site with nothing left to list leaves the page.
    await options.getByText('No site rules yet.').waitFor();
    expect(await heldForSite()).toEqual({ scripts: [], access: false });
    await options.close();
  });
});

/**
 * Loads `slug` and expects the reader to open on it by itself, showing `title`; then Esc shows
 * the page, which stays shown.
 */
async function expectOpensBySelf(slug: string, title: string): Promise<void> {
  const { page, opened } = await loadAndWatch(slug);
  expect(opened).toBe(true);
  const reader = await readerDocument(page);
  await waitForReaderState(reader, 'ready');
  expect(await reader.locator('article h1').innerText()).toBe(title);
  await closeReaderWithEscape(page, reader);
  expect(await page.locator('iframe[title="Lucid Reader"]').count()).toBe(0);
  await page.close();
}
