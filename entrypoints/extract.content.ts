import { defineContentScript } from 'wxt/utils/define-content-script';
import type { OverlayToggle } from '@/utils/extension/reader-overlay';
import { openReader } from '@/utils/extension/reader-on-page';

// Injected on demand (toolbar or shortcut), never declared for any page. Each injection toggles the
// reader (see utils/extension/reader-on-page.ts).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true,
  main(): OverlayToggle {
    const open = globalThis.lucidReaderOverlay;
    if (open) {
      open.close();
      return 'closed';
    }
    if (document.contentType === 'application/pdf') return 'pdf';
    // Asked for the reader while pointing at the article: pointing stops, the reader opens as ever.
    globalThis.lucidReaderPicker?.cancel();
    openReader();
    return 'opened';
  },
});
