import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage, openReader } from '@/utils/extension/reader-on-page';

// Registered at run time for each site the person turned "always open" on (see
// utils/extension/always-open.ts), never declared in the manifest. Once a page of that site has
// loaded, an article opens in the reader by itself; a home page, a section front or a listing
// (which the extraction refuses) is left alone.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    // Opened already (by the shortcut), being pointed at, or not a web page the reader reads.
    if (globalThis.lucidReaderOverlay || globalThis.lucidReaderPicker) return;
    if (document.contentType === 'application/pdf') return;
    const article = extractPage(false, null);
    if (article.ok) openReader(article);
  },
});
