import { chromium, type Browser, type Page } from 'playwright-core';
import type { LaunchedExtension } from './launch-extension';

async function poll<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface OpenPopup {
  popup: Page;
  /** The second DevTools client that sees the popup; close it when done. */
  client: Browser;
}

/**
 * Clicks the extension's toolbar button on `page`'s tab the way a person does (CDP
 * Extensions.triggerAction, which also grants activeTab) and returns the popup that opens.
 * `tabUrl` is the tab's address where the page's differs: a page that failed to load (the tab keeps
 * the address, the page is the browser's error page) or `view-source:`.
 */
export async function pressToolbarButton(extension: LaunchedExtension, page: Page, tabUrl = page.url()): Promise<OpenPopup> {
  const endpoint = `http://127.0.0.1:${extension.cdpPort}`;
  const trigger = await chromium.connectOverCDP(endpoint, { timeout: 10_000 });
  try {
    const cdp = await trigger.newBrowserCDPSession();
    const targets = async () =>
      ((await cdp.send('Target.getTargets', { filter: [{}] })) as { targetInfos: { targetId: string; type: string; url: string }[] })
        .targetInfos;
    // Tab targets are hidden by the default filter, and a tab's URL can lag its page's for a moment.
    const targetId = await poll('the tab target', async () =>
      (await targets()).find((target) => target.type === 'tab' && target.url === tabUrl)?.targetId,
    );
    await extension.serviceWorker.evaluate(() => 1); // a sleeping service worker misses the click
    await cdp.send('Extensions.triggerAction' as never, { id: extension.extensionId, targetId } as never);
    await poll('the popup', async () => (await targets()).find((target) => target.url.includes('/popup.html')));
  } finally {
    await trigger.close();
  }
  // A client connected after the popup opened lists it among its pages; an earlier one does not.
  const client = await chromium.connectOverCDP(endpoint, { timeout: 10_000 });
  // playwright-core waits forever by default; a popup that closed early must fail, not hang.
  for (const context of client.contexts()) context.setDefaultTimeout(10_000);
  const popup = await poll('the popup page', async () =>
    client
      .contexts()
      .flatMap((context) => context.pages())
      .find((candidate) => candidate.url().includes('/popup.html')),
  );
  await popup.waitForLoadState('domcontentloaded');
  return { popup, client };
}
