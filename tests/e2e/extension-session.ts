import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/browser/launch-extension';
import { servePages, type PageServer } from '../../scripts/browser/serve-pages';

/** Where the end-to-end run leaves its screenshots (Playwright creates the folder). */
export const ARTIFACTS = new URL('../../artifacts/', import.meta.url).pathname;

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
 * tests, stopped after them. `roots` are the folders of pages to serve (default: the sample pages);
 * `headed` shows the window (for keys only a real window gets).
 */
export function useExtensionSession(options: { roots?: string[]; profileDir?: string; headed?: boolean } = {}): ExtensionSession {
  let extension: LaunchedExtension | undefined;
  let server: PageServer | undefined;
  const launch = () => launchExtension({ profileDir: options.profileDir, headed: options.headed });
  beforeAll(async () => {
    server = await servePages(options.roots);
    extension = await launch();
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
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
      await extension?.close();
      extension = await launch();
    },
  };
}
