import { listenForEscape } from './escape-on-page';

/** What one injection of the extractor did to the page. */
export type OverlayToggle = 'opened' | 'closed' | 'pdf';

export interface ReaderOverlay {
  /** Removes the reader and gives the page back its focus and scroll position. Safe to call twice. */
  close(): void;
  /** Calls `callback` once the reader has closed, after those given before it. */
  whenClosed(callback: () => void): void;
}

// Inline and !important: the page's own CSS must not move, hide or restyle the reader's frame.
// Its background covers the page at once, in the page's next frame, while the reader's own page
// loads behind it: the person sees the reader coming, not a page that goes on as if nothing
// happened. It is the system's plain surface, light or dark as the system is, and never the
// reader's theme: the page can read this style, and the reader's settings are not its business.
const FRAME_STYLE = [
  'all: initial',
  'position: fixed',
  'inset: 0',
  'width: 100vw',
  'height: 100vh',
  'max-width: none',
  'max-height: none',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'z-index: 2147483647',
  'color-scheme: light dark',
  'background-color: Canvas',
  'transform: none',
  'filter: none',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

/**
 * Shows the reader page (an extension page, its own origin) in a full-window iframe over the page.
 * It adds exactly one node and no styles to the page; `close` removes it and restores the focus
 * and scroll position the page had. `Esc` pressed while the page itself has focus closes it too.
 */
export function openReaderOverlay(doc: Document, readerUrl: string): ReaderOverlay {
  const win = doc.defaultView!;
  const previousFocus = doc.activeElement;
  const scroll = { x: win.scrollX, y: win.scrollY };

  const frame = doc.createElement('iframe');
  frame.src = readerUrl;
  frame.title = 'Lucid Reader';
  // Copy in the highlight menu writes to the clipboard from inside the frame.
  frame.allow = 'clipboard-write';
  frame.setAttribute('style', FRAME_STYLE);
  frame.addEventListener('load', () => frame.focus(), { once: true });

  // The window comes back into focus (the toolbar popup that opened the reader has closed) with
  // the page's body focused: keys belong to the reader that covers it.
  const onWindowFocus = () => {
    if (!doc.activeElement || doc.activeElement === doc.body) frame.focus();
  };

  const onClosed: (() => void)[] = [];
  let closed = false;
  function close() {
    if (closed) return;
    closed = true;
    stopListening();
    win.removeEventListener('focus', onWindowFocus);
    frame.remove();
    // The focused frame is gone: the keyboard comes back to the page (its keys scroll it again).
    win.focus();
    if (previousFocus instanceof win.HTMLElement && previousFocus.isConnected && previousFocus !== doc.body) {
      previousFocus.focus({ preventScroll: true });
    } else if (doc.activeElement instanceof win.HTMLElement) {
      doc.activeElement.blur();
    }
    win.scrollTo(scroll.x, scroll.y);
    for (const callback of onClosed) callback();
  }

  const stopListening = listenForEscape(win, close);
  win.addEventListener('focus', onWindowFocus);
  // On <html>, not <body>: a transformed or hidden body would trap a fixed-position child.
  doc.documentElement.appendChild(frame);
  frame.focus();
  return { close, whenClosed: (callback) => void onClosed.push(callback) };
}
