import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
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

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(message, sender, library).then(sendResponse, (error: unknown) => {
      console.error('Lucid Reader: message failed', error);
      sendResponse(undefined);
    });
    return true; // the answer comes asynchronously
  });
});
