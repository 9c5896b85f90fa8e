import type { LaunchedExtension } from './launch-extension';

const TIMEOUT_MS = 10_000;

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Stops the extension's service worker as the browser stops an idle one; resolves once it is gone,
 * rejects when it is still there after TIMEOUT_MS.
 */
export async function stopServiceWorker(extension: LaunchedExtension): Promise<void> {
  const { context, extensionId } = extension;
  const cdp = await context.browser()!.newBrowserCDPSession();
  const workers = async () =>
    ((await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos.filter(
      (target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`),
    );
  try {
    for (const worker of await workers()) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    const deadline = Date.now() + TIMEOUT_MS;
    // Each look is a round trip to the browser: the loop waits on it, not on a timer.
    while ((await workers()).length > 0) {
      if (Date.now() > deadline) throw new Error(`The service worker is still running after ${TIMEOUT_MS} ms`);
    }
  } finally {
    await cdp.detach();
  }
}
