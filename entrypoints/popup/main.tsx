import { render } from 'preact';
import { browser, type Browser } from 'wxt/browser';
import { Library } from '@/components/popup/Library';
import { LibraryStorage } from '@/components/popup/LibraryStorage';
import { Popup } from '@/components/popup/Popup';
import { AlwaysOpenSwitch } from '@/components/shared/AlwaysOpenSwitch';
import { isAlwaysOpen, turnOffAlwaysOpen, turnOnAlwaysOpen } from '@/utils/extension/always-open';
import { askToKeepImages, keepsImages, stopKeepingImages } from '@/utils/extension/image-permission';
import { backgroundClient } from '@/utils/extension/message-client';
import { restrictionForTab } from '@/utils/extension/restricted-pages';
import type { ToggleOutcome } from '@/utils/extension/toggle-reader';
import { listArticles } from '@/utils/library/article-store';
import { LibraryDb } from '@/utils/library/library-db';
import { libraryFiles } from '@/utils/library/library-files';
import { LIST_PAGE } from '@/utils/library/page-sizes';
import { loadSettings, saveSettings } from '@/utils/settings/settings-store';
import { importRuleSet, loadRuleSet } from '@/utils/site-rules/rules-store';
import { siteOf } from '@/utils/site-rules/site-rules';

// Each browser keeps its shortcut settings on a page of its own.
const SHORTCUT_SETTINGS = import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts';

interface Surroundings {
  tab: Browser.tabs.Tab | undefined;
  shortcut: string;
  /** This page's own tab when it is open as a tab, not as the toolbar popup. */
  ownTab: Browser.tabs.Tab | undefined;
}

// The popup is an extension page of its own (not inside a web page): it opens the library
// directly. Everything is asked for at once, and the popup is drawn before any answer.
const db = new LibraryDb();
const firstPage = listArticles(db, LIST_PAGE);
const surroundings: Promise<Surroundings> = Promise.all([
  browser.tabs.query({ active: true, currentWindow: true }),
  browser.commands.getAll(),
  browser.tabs.getCurrent(),
]).then(([[tab], commands, ownTab]) => ({
  tab,
  shortcut: commands.find((command) => command.name === 'toggle-reader')?.shortcut ?? '',
  ownTab,
}));
const files = libraryFiles(
  db,
  { load: loadSettings, save: saveSettings },
  { load: loadRuleSet, merge: importRuleSet },
  document,
  navigator.language,
);

// The room the extension's storage takes: the library is nearly all of it.
const usage = navigator.storage
  .estimate()
  .then(({ usage: bytes }) => bytes ?? null)
  .catch(() => null);

/** Turning keeping images on shows the browser's prompt (this runs in the click); off gives the hosts back. */
async function keepImages(keep: boolean): Promise<boolean> {
  if (keep) return askToKeepImages();
  await stopKeepingImages();
  return keepsImages();
}

const background = backgroundClient((message) => browser.runtime.sendMessage(message));

async function read(): Promise<ToggleOutcome> {
  const { tab } = await surroundings;
  const outcome = await background['toggle-reader']({ tabId: tab!.id! });
  if (!outcome) throw new Error('No answer from the extension');
  return outcome;
}

const alwaysOpen = { isOn: isAlwaysOpen, turnOn: turnOnAlwaysOpen, turnOff: turnOffAlwaysOpen };

function draw(known?: Surroundings) {
  // A page the reader can open: its site can be always open (not the browser's own pages).
  const site = known?.tab?.url && !restrictionForTab(known.tab) ? siteOf(known.tab.url) : null;
  // Firefox closes its popup when a file dialog opens: there, importing happens in a tab.
  const importElsewhere =
    import.meta.env.FIREFOX && known && !known.ownTab
      ? () => void browser.tabs.create({ url: browser.runtime.getURL('/popup.html#import') }).then(() => window.close())
      : undefined;
  render(
    <Popup
      restriction={known ? restrictionForTab(known.tab) : null}
      shortcut={known ? known.shortcut : null}
      onRead={read}
      onOpenShortcutSettings={() => void browser.tabs.create({ url: SHORTCUT_SETTINGS }).then(() => window.close())}
      onOpenSiteRules={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      onDone={() => window.close()}
    >
      {site && <AlwaysOpenSwitch site={site} control={alwaysOpen} />}
      <Library
        db={db}
        pageUrl={known?.tab?.url}
        files={files}
        locale={navigator.language}
        importElsewhere={importElsewhere}
        toolsOpen={location.hash === '#import'}
        firstPage={firstPage}
      />
      <LibraryStorage usage={usage} keepsImages={keepsImages} onKeepImages={keepImages} locale={navigator.language} />
    </Popup>,
    document.getElementById('app')!,
  );
}

draw();
void surroundings.then(draw);
