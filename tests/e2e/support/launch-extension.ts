import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChromium } from './find-chromium';

/** The built extension, as `npm run build` leaves it. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3/', import.meta.url));

export interface LaunchedExtension {
  context: BrowserContext;
  /** The worker running now: the browser stops an idle one, and restarts it with the extension. */
  readonly serviceWorker: Worker;
  extensionId: string;
  /** Chromium's DevTools port: a second client reaches pages Playwright's context does not list (the popup). */
  cdpPort: number;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts Chromium with the built extension (or the unpacked one in `extensionDir`), in a fresh
 * profile unless `profileDir` names one (to start the browser again on the same profile). Headless
 * unless `headed`; the flags keep Chromium off the network, which is closed on these machines (see
 * ../shared/e2e.md).
 */
export async function launchExtension(
  options: { headed?: boolean; profileDir?: string; extensionDir?: string } = {},
): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const cdpPort = await freePort();
  const context = await chromium.launchPersistentContext(options.profileDir ?? '', {
    executablePath: findChromium(),
    headless: !options.headed,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--remote-debugging-port=${cdpPort}`,
    ],
  });
  context.setDefaultTimeout(10_000);
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  return {
    context,
    get serviceWorker() {
      return context.serviceWorkers().findLast((worker) => new URL(worker.url()).host === extensionId) ?? first;
    },
    extensionId,
    cdpPort,
    close: () => context.close(),
  };
}
