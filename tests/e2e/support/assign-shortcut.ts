import type { browser } from 'wxt/browser';
import type { LaunchedExtension } from './launch-extension';

const TIMEOUT_MS = 10_000;

// The service worker's own global, as the browser names it there.
declare const chrome: typeof browser;

/**
 * Binds Alt+Shift+R to the reader, as a person does on chrome://extensions/shortcuts: a browser
 * loaded with --load-extension assigns no shortcut. Resolves once the extension itself sees the key
 * bound; rejects when it does not within TIMEOUT_MS.
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
  const deadline = Date.now() + TIMEOUT_MS;
  // Each check is a round trip to the worker: the loop waits on the browser, not on a timer.
  while (Date.now() < deadline) {
    const commands = await extension.serviceWorker.evaluate(() => chrome.commands.getAll());
    if (commands.find((command) => command.name === 'toggle-reader')?.shortcut === 'Alt+Shift+R') return;
  }
  throw new Error(`Alt+Shift+R is not bound within ${TIMEOUT_MS} ms`);
}
