import type { CDPSession, Page } from 'playwright-core';

const TIMEOUT_MS = 10_000;

/**
 * Resolves with the id of the extension's isolated world in `page` (where its content scripts
 * run) once the browser creates it, as `cdp` (a session of `page` with Runtime enabled) reports;
 * rejects when it is not created within TIMEOUT_MS.
 */
export function extensionWorldCreated(cdp: CDPSession, extensionId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const signal = AbortSignal.timeout(TIMEOUT_MS);
    signal.addEventListener('abort', () =>
      reject(new Error(`The extension ran no script in the page within ${TIMEOUT_MS} ms`)),
    );
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const origin = (context as { origin?: string }).origin ?? '';
      const aux = context.auxData as { type?: string } | undefined;
      if (aux?.type === 'isolated' && origin === `chrome-extension://${extensionId}`) resolve(context.id);
    });
  });
}

/**
 * Evaluates `expression` in the extension's isolated world of `page`: what its content scripts
 * left there (the open reader). A script the browser injects runs to its end before this runs.
 */
export async function inExtensionWorld(cdp: CDPSession, contextId: number, expression: string): Promise<unknown> {
  const { result } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
  return result.value;
}

/** A DevTools session of `page` that reports the worlds scripts run in; to be made before the page loads. */
export async function watchWorlds(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Runtime.enable');
  return cdp;
}
