// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showUpdateNotice } from '@/utils/extension/update-notice';

const TEXT = { notice: 'Lucid Reader was updated — reopen the reader', close: 'Close' };

// The notice's root is closed to the page; the test keeps it as attachShadow hands it out.
let root: ShadowRoot;
const attachShadow = Element.prototype.attachShadow;
beforeEach(() => {
  document.documentElement.innerHTML =
    '<head><style>div, button { display: none !important }</style></head><body><p>Story</p></body>';
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    root = attachShadow.call(this, init);
    return root;
  });
});
afterEach(() => vi.restoreAllMocks());

const hosts = () => [...document.documentElement.children].filter((child) => child.localName === 'div');

describe('showUpdateNotice', () => {
  it('shows the sentence and a close button in one element of its own, closed to the page', () => {
    const notice = showUpdateNotice(document, TEXT);
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.shadowRoot).toBeNull();
    expect((hosts()[0] as HTMLElement).style.getPropertyValue('position')).toBe('fixed');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(`${TEXT.notice}${TEXT.close}`);
    expect(root.querySelector('button')!.textContent).toBe('Close');
    notice.close(); // its Esc listener must not outlive the test
  });

  it('goes with its close button', () => {
    showUpdateNotice(document, TEXT);
    root.querySelector('button')!.click();
    expect(hosts()).toEqual([]);
  });

  it('goes with Esc, which the page does not also get', () => {
    const pageKeys = vi.fn();
    window.addEventListener('keydown', pageKeys);
    showUpdateNotice(document, TEXT);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(hosts()).toEqual([]);
    expect(pageKeys).not.toHaveBeenCalled();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(pageKeys).toHaveBeenCalledTimes(1); // once gone, Esc is the page's again
    window.removeEventListener('keydown', pageKeys);
  });

  it('closes twice without harm', () => {
    const notice = showUpdateNotice(document, TEXT);
    notice.close();
    notice.close();
    expect(hosts()).toEqual([]);
  });
});
