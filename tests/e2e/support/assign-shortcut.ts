import type { browser } from 'wxt/browser';
import { vi } from 'vitest';
import type { LaunchedExtension } from './launch-extension';

// The service worker's own global, as the browser names it there.
declare const chrome: typeof browser;

/**
 * Binds Alt+Shift+R to the reader's command, as a person does on chrome://extensions/shortcuts: a
 * browser loaded with --load-extension assigns no shortcut. Resolves once the extension itself
 * sees the key bound; rejects after 10 s.
 */
export async function assignShortcut(extension: LaunchedExtension): Promise<void> {
  const settings = await extension.context.newPage();
  await settings.goto('chrome://extensions/shortcuts');
  await settings.evaluate(
    (extensionId) =>
      new Promise<void>((resolve) =>
        // @ts-expect-error chrome.developerPrivate exists only on chrome://extensions
        chrome.developerPrivate.updateExtensionCommand(
          { extensionId, commandName: 'toggle-reader', keybinding: 'Alt+Shift+R' },
          () => resolve(),
        ),
      ),
    extension.extensionId,
  );
  await settings.close();
  await vi.waitFor(
    async () => {
      const commands = await extension.serviceWorker.evaluate(() => chrome.commands.getAll());
      if (commands.find((command) => command.name === 'toggle-reader')?.shortcut !== 'Alt+Shift+R')
        throw new Error('Alt+Shift+R is not bound yet');
    },
    { timeout: 10_000 },
  );
}
