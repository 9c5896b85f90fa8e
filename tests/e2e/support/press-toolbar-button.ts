import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import type { LaunchedExtension } from './launch-extension';

const TIMEOUT_MS = 10_000;

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Resolves with the first target `matches` accepts, among those there now and those created or
 * changed later (a tab's URL can lag its page's for a moment); rejects after TIMEOUT_MS saying `what`.
 */
async function waitForTarget(
  cdp: CDPSession,
  what: string,
  matches: (target: TargetInfo) => boolean,
): Promise<TargetInfo> {
  let settle: { resolve: (target: TargetInfo) => void; reject: (error: Error) => void } | undefined;
  const target = new Promise<TargetInfo>((resolve, reject) => (settle = { resolve, reject }));
  const onTarget = ({ targetInfo }: { targetInfo: TargetInfo }) => {
    if (matches(targetInfo)) settle!.resolve(targetInfo);
  };
  const timer = setTimeout(() => settle!.reject(new Error(`No ${what} within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  cdp.on('Target.targetCreated', onTarget);
  cdp.on('Target.targetInfoChanged', onTarget);
  try {
    // Tab targets are hidden by the default filter. Discovery reports every existing target first.
    await cdp.send('Target.setDiscoverTargets', { discover: true, filter: [{}] } as never);
    return await target;
  } finally {
    clearTimeout(timer);
    cdp.off('Target.targetCreated', onTarget);
    cdp.off('Target.targetInfoChanged', onTarget);
    await cdp.send('Target.setDiscoverTargets', { discover: false }).catch(() => {});
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
export async function pressToolbarButton(
  extension: LaunchedExtension,
  page: Page,
  tabUrl = page.url(),
): Promise<OpenPopup> {
  const endpoint = `http://127.0.0.1:${extension.cdpPort}`;
  const trigger = await chromium.connectOverCDP(endpoint, { timeout: TIMEOUT_MS });
  try {
    const cdp = await trigger.newBrowserCDPSession();
    const tab = await waitForTarget(
      cdp,
      `tab showing ${tabUrl}`,
      (target) => target.type === 'tab' && target.url === tabUrl,
    );
    await extension.serviceWorker.evaluate(() => 1); // a sleeping service worker misses the click
    await Promise.all([
      waitForTarget(cdp, 'toolbar popup', (target) => target.url.includes('/popup.html')),
      cdp.send('Extensions.triggerAction' as never, { id: extension.extensionId, targetId: tab.targetId } as never),
    ]);
  } finally {
    await trigger.close();
  }
  // A client connected after the popup opened lists it among its pages; an earlier one does not.
  const client = await chromium.connectOverCDP(endpoint, { timeout: TIMEOUT_MS });
  // playwright-core waits forever by default; a popup that closed early must fail, not hang.
  for (const context of client.contexts()) context.setDefaultTimeout(TIMEOUT_MS);
  const popup = client
    .contexts()
    .flatMap((context) => context.pages())
    .find((candidate) => candidate.url().includes('/popup.html'));
  if (!popup) {
    await client.close();
    throw new Error('The toolbar popup opened, but the DevTools client connected after it does not list it');
  }
  await popup.waitForLoadState('domcontentloaded');
  return { popup, client };
}
