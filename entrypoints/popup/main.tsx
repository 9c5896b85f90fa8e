import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Library } from '@/components/Library';
import { Popup } from '@/components/Popup';
import { LibraryDb } from '@/utils/library/library-db';
import { libraryFiles } from '@/utils/library/library-files';
import type { Message, ToggleOutcome } from '@/utils/messages';
import { restrictionForTab } from '@/utils/restricted-pages';
import { loadSettings, saveSettings } from '@/utils/settings/settings-store';

// Each browser keeps its shortcut settings on a page of its own.
const SHORTCUT_SETTINGS = import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts';

async function start() {
  const [[tab], commands, ownTab] = await Promise.all([
    browser.tabs.query({ active: true, currentWindow: true }),
    browser.commands.getAll(),
    browser.tabs.getCurrent(),
  ]);
  // Firefox closes its popup when a file dialog opens: there, importing happens in a tab.
  const importElsewhere =
    import.meta.env.FIREFOX && !ownTab
      ? () => void browser.tabs.create({ url: browser.runtime.getURL('/popup.html#import') }).then(() => window.close())
      : undefined;
  const shortcut = commands.find((command) => command.name === 'toggle-reader')?.shortcut ?? '';
  const restriction = restrictionForTab(tab);
  // The popup is an extension page of its own (not inside a web page): it opens the library directly.
  const db = new LibraryDb();

  async function read(): Promise<ToggleOutcome> {
    const message: Message = { type: 'toggle-reader', tabId: tab!.id! };
    return (await browser.runtime.sendMessage(message)) as ToggleOutcome;
  }

  render(
    <Popup
      restriction={restriction}
      shortcut={shortcut}
      onRead={read}
      onOpenShortcutSettings={() => void browser.tabs.create({ url: SHORTCUT_SETTINGS }).then(() => window.close())}
      onDone={() => window.close()}
    >
      <Library
        db={db}
        pageUrl={tab?.url}
        files={libraryFiles(db, { load: loadSettings, save: saveSettings }, document, navigator.language)}
        locale={navigator.language}
        importElsewhere={importElsewhere}
        toolsOpen={location.hash === '#import'}
      />
    </Popup>,
    document.getElementById('app')!,
  );
}

void start();
