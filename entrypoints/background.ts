import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetWithdrawnSites, restoreAlwaysOpen } from '@/utils/extension/always-open';
import { handleMessage } from '@/utils/extension/handle-message';
import { toggleReader } from '@/utils/extension/toggle-reader';
import { showOutcomeOnToolbar } from '@/utils/extension/toolbar-badge';
import { LibraryDb } from '@/utils/library/library-db';

export default defineBackground(() => {
  const library = new LibraryDb();

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-reader' || tab?.id === undefined) return;
    await showOutcomeOnToolbar(tab.id, await toggleReader(tab));
  });

  // The browser drops registered scripts when the extension is updated: the sites it holds get theirs back.
  browser.runtime.onInstalled.addListener(() => void restoreAlwaysOpen());
  browser.runtime.onStartup.addListener(() => void restoreAlwaysOpen());
  // A site's access taken back in the browser's own settings: its always-open script goes too.
  browser.permissions.onRemoved.addListener(({ origins }) => void forgetWithdrawnSites(origins ?? []));

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(message, sender, library).then(sendResponse, (error: unknown) => {
      console.error('Lucid Reader: message failed', error);
      sendResponse(undefined);
    });
    return true; // the answer comes asynchronously
  });
});
