import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetWithdrawnSites, restoreAlwaysOpen } from '@/utils/extension/always-open';
import { handleMessage } from '@/utils/extension/handle-message';
import { toggleReader } from '@/utils/extension/toggle-reader';
import { showOutcomeOnToolbar } from '@/utils/extension/toolbar-badge';
import { LibraryDb } from '@/utils/library/library-db';

/** Always open's upkeep runs unattended: a failure is logged, never thrown into the browser's event. */
const keepSites = (work: Promise<void>) =>
  work.catch((error: unknown) => console.error('Lucid Reader: always open', error));

export default defineBackground(() => {
  const library = new LibraryDb();

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-reader' || tab?.id === undefined) return;
    await showOutcomeOnToolbar(tab.id, await toggleReader(tab));
  });

  // The browser drops registered scripts when the extension is updated: the sites it holds get
  // theirs back, once (a browser starting an updated extension tells both events).
  let restored: Promise<void> | undefined;
  const restore = () => void (restored ??= keepSites(restoreAlwaysOpen()));
  browser.runtime.onInstalled.addListener(restore);
  browser.runtime.onStartup.addListener(restore);
  // A site's access taken back in the browser's own settings takes its script with it.
  browser.permissions.onRemoved.addListener(({ origins }) => void keepSites(forgetWithdrawnSites(origins ?? [])));

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(message, sender, library).then(sendResponse, (error: unknown) => {
      console.error('Lucid Reader: message failed', error);
      sendResponse(undefined);
    });
    return true; // the answer comes asynchronously
  });
});
