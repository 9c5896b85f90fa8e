import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/utils/background-messages';

const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript');
const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage');

const EXTENSION_ID = fakeBrowser.runtime.id;
const readerFrame = {
  id: EXTENSION_ID,
  url: 'chrome-extension://dynamic-session-id/reader.html',
  tab: { id: 12 } as never,
  frameId: 4,
};
const article = { ok: true, readerable: true, article: { title: 'A story' } };

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  sendToTab.mockReset();
});

describe('handleMessage', () => {
  it("fetches the article from the reader's own tab, top frame only", async () => {
    sendToTab.mockResolvedValue(article as never);
    await expect(handleMessage({ type: 'get-article', force: false }, readerFrame)).resolves.toBe(article);
    expect(sendToTab).toHaveBeenCalledWith(12, { type: 'extract', force: false }, { frameId: 0 });
  });

  it('passes "Show it anyway" on as a forced extraction', async () => {
    sendToTab.mockResolvedValue(article as never);
    await handleMessage({ type: 'get-article', force: true }, readerFrame);
    expect(sendToTab).toHaveBeenCalledWith(12, { type: 'extract', force: true }, { frameId: 0 });
  });

  it('tells the reader when the page is gone instead of leaving it waiting', async () => {
    sendToTab.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const reply = await handleMessage({ type: 'get-article', force: false }, readerFrame);
    expect(reply).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('closes the overlay of the tab the reader is in', async () => {
    sendToTab.mockResolvedValue(true as never);
    await handleMessage({ type: 'close-reader' }, readerFrame);
    expect(sendToTab).toHaveBeenCalledWith(12, { type: 'close' }, { frameId: 0 });
  });

  it('toggles the tab the popup names', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    executeScript.mockResolvedValue([{ frameId: 0, documentId: 'd', result: 'opened' }] as never);
    await expect(handleMessage({ type: 'toggle-reader', tabId: tab.id }, { id: EXTENSION_ID })).resolves.toEqual({
      status: 'opened',
    });
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: tab.id } }));
  });

  it.each([
    ['another extension', { type: 'close-reader' }, { ...readerFrame, id: 'someone-else' }],
    ['a page that is not the reader', { type: 'get-article', force: false }, { ...readerFrame, url: 'chrome-extension://x/popup.html' }],
    ['a sender without a tab', { type: 'close-reader' }, { id: EXTENSION_ID, url: readerFrame.url }],
    ['an unknown type', { type: 'delete-everything' }, readerFrame],
    ['a malformed toggle', { type: 'toggle-reader', tabId: '12' }, { id: EXTENSION_ID }],
    ['a non-object', 'get-article', readerFrame],
  ])('ignores %s', async (_label, message, sender) => {
    await expect(handleMessage(message, sender)).resolves.toBeUndefined();
    expect(sendToTab).not.toHaveBeenCalled();
    expect(executeScript).not.toHaveBeenCalled();
  });
});
