import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Library } from '@/components/Library';
import { PAGE } from '@/components/useLibrary';
import { Popup } from '@/components/Popup';
import { listArticles } from '@/utils/library/article-store';
import { LibraryDb } from '@/utils/library/library-db';
import { libraryFiles } from '@/utils/library/library-files';
import type { Message, ToggleOutcome } from '@/utils/messages';
import { restrictionForTab } from '@/utils/restricted-pages';
import { loadSettings, saveSettings } from '@/utils/settings/settings-store';

// Each browser keeps its shortcut settings on a page of its own.
const SHORTCUT_SETTINGS = import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts';

/** How long the popup waits for its list before it is drawn without it. */
const LIST_WAIT_MS = 150;

async function start() {
  // The popup is an extension page of its own (not inside a web page): it opens the library
  // directly. The newest articles are asked for at once, while the browser says which tab this is.
  const db = new LibraryDb();
  const firstPage = listArticles(db, PAGE);
  const [[tab], commands, ownTab, listed] = await Promise.all([
    browser.tabs.query({ active: true, currentWindow: true }),
    browser.commands.getAll(),
    browser.tabs.getCurrent(),
    // Drawn with the rest when it comes in time; a slow library never holds up "Read this page".
    Promise.race([firstPage.catch(() => undefined), new Promise<undefined>((resolve) => setTimeout(resolve, LIST_WAIT_MS))]),
  ]);
  // Firefox closes its popup when a file dialog opens: there, importing happens in a tab.
  const importElsewhere =
    import.meta.env.FIREFOX && !ownTab
      ? () => void browser.tabs.create({ url: browser.runtime.getURL('/popup.html#import') }).then(() => window.close())
      : undefined;
  const shortcut = commands.find((command) => command.name === 'toggle-reader')?.shortcut ?? '';
  const restriction = restrictionForTab(tab);

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
        firstPage={listed ?? firstPage}
      />
    </Popup>,
    document.getElementById('app')!,
  );
}

void start();
