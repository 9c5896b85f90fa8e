import { defineContentScript } from 'wxt/utils/define-content-script';
import type { OverlayToggle } from '@/utils/extension/reader-overlay';
import { toggleReaderOnPage } from '@/utils/extension/show-reader';

// Injected on demand (toolbar or shortcut), never declared for any page, before the extractor
// (extract.content.ts): each injection toggles the reader's frame (see utils/extension/show-reader.ts).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true,
  main(): OverlayToggle {
    return toggleReaderOnPage();
  },
});
