import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { cleanProfile } from './clean-profile';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { servePages, type PageServer } from './serve-pages';
import { watchExtensionErrors, type ExtensionErrors } from './extension-errors';

/** Where the end-to-end run leaves its screenshots (Playwright creates the folder). */
export const ARTIFACTS = new URL('../../../artifacts/', import.meta.url).pathname;

export interface ExtensionSession {
  extension(): LaunchedExtension;
  server(): PageServer;
  /** A new tab on sample page `slug`; `prepare` runs on the tab before it loads (init scripts). */
  openPage(slug: string, prepare?: (page: Page) => Promise<unknown>): Promise<Page>;
  /** Quits the browser and starts it again on the same profile (needs `profileDir`). */
  restart(): Promise<void>;
}

/**
 * One Chromium with the built extension and one page server for a test file: started before its
 * tests, stopped after them. Each test starts from a clean profile (no settings, an empty library),
 * so no test depends on what another left behind or on the order they run in.
 * `roots` are the folders of pages to serve (default: the sample pages); `headed` shows the window
 * (for keys only a real window gets). A test during which any of the extension's contexts throws
 * an uncaught error or has a rejection unhandled fails (so does the file, for one after its last test).
 */
export function useExtensionSession(
  options: { roots?: string[]; profileDir?: string; headed?: boolean } = {},
): ExtensionSession {
  let extension: LaunchedExtension | undefined;
  let server: PageServer | undefined;
  let errors: ExtensionErrors | undefined;
  const launch = async () => {
    extension = await launchExtension({ profileDir: options.profileDir, headed: options.headed });
    errors = await watchExtensionErrors(extension.context);
  };
  const stop = async () => {
    await errors?.stop();
    await extension?.close();
  };
  /** Throws with every uncaught error the extension reported since the last check. */
  const check = () => {
    const reported = errors?.take() ?? [];
    if (reported.length > 0) throw new Error(`Uncaught in the extension:\n${reported.join('\n')}`);
  };
  beforeAll(async () => {
    server = await servePages(options.roots);
    await launch();
  });
  beforeEach(() => cleanProfile(extension!));
  afterEach(check);
  afterAll(async () => {
    try {
      check();
    } finally {
      await stop();
      await server?.close();
    }
  });
  return {
    extension: () => extension!,
    server: () => server!,
    async openPage(slug, prepare) {
      const page = await extension!.context.newPage();
      await prepare?.(page);
      await page.goto(server!.pageUrl(slug));
      return page;
    },
    async restart() {
      check();
      await stop();
      await launch();
    },
  };
}
