// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openReaderOverlay as openOverlay, type ReaderOverlay } from '@/utils/extension/reader-overlay';

const READER_URL = 'chrome-extension://id/reader.html';

// Every overlay a test opens is closed after it, so no Esc listener outlives its test.
const opened: ReaderOverlay[] = [];
function openReaderOverlay(doc: Document, readerUrl: string, onClosed: () => void) {
  const overlay = openOverlay(doc, readerUrl);
  overlay.whenClosed(onClosed);
  opened.push(overlay);
  return overlay;
}
afterEach(() => opened.splice(0).forEach((overlay) => overlay.close()));

beforeEach(() => {
  document.documentElement.innerHTML =
    '<head><style>iframe { display: none !important }</style></head>' +
    '<body><p>Story</p><input id="search"><button id="more">More</button></body>';
});

describe('openReaderOverlay', () => {
  it('puts the reader page over the whole window, whatever the page styles say', () => {
    openReaderOverlay(document, READER_URL, () => {});
    const frames = document.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    const frame = frames[0]!;
    expect(frame.src).toBe(READER_URL);
    expect(frame.parentElement).toBe(document.documentElement);
    expect(frame.style.getPropertyValue('position')).toBe('fixed');
    expect(frame.style.getPropertyPriority('display')).toBe('important');
    expect(frame.style.getPropertyValue('z-index')).toBe('2147483647');
  });

  it("covers the page at once with the system's plain surface, before the reader's page has loaded", () => {
    openReaderOverlay(document, READER_URL, () => {});
    const frame = document.querySelector('iframe')!;
    expect(frame.style.getPropertyValue('background-color').toLowerCase()).toBe('canvas');
    expect(frame.style.getPropertyValue('color-scheme')).toBe('light dark');
  });

  it('leaves the page exactly as it was on close: same markup, same focus, same scroll', () => {
    const before = document.documentElement.outerHTML;
    const search = document.getElementById('search') as HTMLInputElement;
    search.focus();
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const onClosed = vi.fn();
    const overlay = openReaderOverlay(document, READER_URL, onClosed);
    expect(document.activeElement).toBe(document.querySelector('iframe'));

    overlay.close();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.activeElement).toBe(search);
    expect(scrollTo).toHaveBeenCalledWith(window.scrollX, window.scrollY);
    expect(onClosed).toHaveBeenCalledOnce();
  });

  it('takes focus back for the reader when the window returns to the page with nothing focused (the popup closed)', () => {
    const overlay = openReaderOverlay(document, READER_URL, () => {});
    const frame = document.querySelector('iframe')!;
    frame.blur();
    expect(document.activeElement).toBe(document.body);
    window.dispatchEvent(new FocusEvent('focus'));
    expect(document.activeElement).toBe(frame);
    // Closed, it leaves the page's focus alone.
    overlay.close();
    (document.getElementById('search') as HTMLInputElement).focus();
    window.dispatchEvent(new FocusEvent('focus'));
    expect(document.activeElement?.id).toBe('search');
  });

  it('closes on Esc pressed while the page has focus, and only once', () => {
    const onClosed = vi.fn();
    const overlay = openReaderOverlay(document, READER_URL, onClosed);
    const pageSawEsc = vi.fn();
    document.body.addEventListener('keydown', pageSawEsc);
    document.getElementById('more')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector('iframe')).toBeNull();
    expect(pageSawEsc).not.toHaveBeenCalled();
    overlay.close();
    expect(onClosed).toHaveBeenCalledOnce();
  });

  it('lets other keys through to the page', () => {
    openReaderOverlay(document, READER_URL, () => {});
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    expect(document.querySelector('iframe')).not.toBeNull();
  });
});
