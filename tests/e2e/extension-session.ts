import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/browser/launch-extension';
import { servePages, type PageServer } from '../../scripts/browser/serve-pages';

export interface ExtensionSession {
  extension(): LaunchedExtension;
  server(): PageServer;
  /** Quits the browser and starts it again on the same profile (needs `profileDir`). */
  restart(): Promise<void>;
}

/**
 * One Chromium with the built extension and one page server for a test file: started before its
 * tests, stopped after them. `roots` are the folders of pages to serve (default: the sample pages).
 */
export function useExtensionSession(options: { roots?: string[]; profileDir?: string } = {}): ExtensionSession {
  let extension: LaunchedExtension | undefined;
  let server: PageServer | undefined;
  beforeAll(async () => {
    server = await servePages(options.roots);
    extension = await launchExtension({ profileDir: options.profileDir });
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });
  return {
    extension: () => extension!,
    server: () => server!,
    async restart() {
      await extension?.close();
      extension = await launchExtension({ profileDir: options.profileDir });
    },
  };
}
