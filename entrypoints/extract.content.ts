import { defineContentScript } from 'wxt/utils/define-content-script';
import { serveShownReader } from '@/utils/extension/reader-on-page';

// Injected on demand right after overlay.content.ts has opened the reader's frame, never declared
// for any page: extracts the page's article for that reader (see utils/extension/reader-on-page.ts).
// False when there is no reader to serve (closed again already).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true,
  main(): boolean {
    return serveShownReader();
  },
});
