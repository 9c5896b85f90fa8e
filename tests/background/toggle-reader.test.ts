import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restrictionMessage } from '@/utils/extension/restricted-pages';
import { EXTRACT_SCRIPT, extractorInjected, OVERLAY_SCRIPT, toggleReader } from '@/utils/extension/toggle-reader';

const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript');

function injectionReturns(result: unknown) {
  executeScript.mockResolvedValue([{ frameId: 0, documentId: 'doc', result }] as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
});

describe('toggleReader', () => {
  it("injects the reader's frame, then the extractor, into the tab the person is on, and reports the reader open", async () => {
    injectionReturns('opened');
    await expect(toggleReader({ id: 7, url: 'https://news.example/a' })).resolves.toEqual({ status: 'opened' });
    expect(executeScript.mock.calls).toEqual([
      [{ target: { tabId: 7 }, files: [OVERLAY_SCRIPT] }],
      [{ target: { tabId: 7 }, files: [EXTRACT_SCRIPT] }],
    ]);
  });

  it('reports the reader closed when the injection closed it, and injects no extractor', async () => {
    injectionReturns('closed');
    await expect(toggleReader({ id: 7, url: 'https://news.example/a' })).resolves.toEqual({ status: 'closed' });
    expect(executeScript.mock.calls).toEqual([[{ target: { tabId: 7 }, files: [OVERLAY_SCRIPT] }]]);
  });

  it("lets the reader's request for its article wait until the extractor is in the page", async () => {
    let extractorIn!: () => void;
    executeScript
      .mockResolvedValueOnce([{ frameId: 0, documentId: 'doc', result: 'opened' }] as never)
      .mockReturnValueOnce(new Promise((resolve) => (extractorIn = () => resolve([] as never))) as never);
    const toggled = toggleReader({ id: 7, url: 'https://news.example/a' });
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(2));
    let ready = false;
    const asked = extractorInjected(7).then(() => (ready = true));
    // Every promise that could settle without the extractor has settled by the next task.
    await new Promise((resolve) => setTimeout(resolve));
    expect(ready).toBe(false);
    extractorIn();
    await asked;
    await expect(toggled).resolves.toEqual({ status: 'opened' });
    // Another tab, or this one once its extractor is in, does not wait.
    await extractorInjected(8);
    await extractorInjected(7);
  });

  it('says plainly that PDFs are not read', async () => {
    injectionReturns('pdf');
    await expect(toggleReader({ id: 7, url: 'https://files.example/report.pdf' })).resolves.toEqual({
      status: 'restricted',
      message: restrictionMessage('pdf'),
    });
  });

  it.each([
    'chrome://settings/',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'about:blank',
    'https://chromewebstore.google.com/detail/xyz',
    'view-source:https://news.example/',
  ])('does not even try on %s, and says why', async (url) => {
    const outcome = await toggleReader({ id: 3, url });
    expect(outcome).toEqual({ status: 'restricted', message: restrictionMessage('browser') });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it.each([
    [undefined, 'Cannot access a chrome:// URL', restrictionMessage('browser')],
    [
      'file:///home/ana/story.html',
      'Cannot access contents of url "file:///home/ana/story.html".',
      restrictionMessage('file'),
    ],
    [undefined, 'The extensions gallery cannot be scripted.', restrictionMessage('browser')],
    // view-source: the address stays hidden even after the click that grants activeTab.
    [
      undefined,
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      restrictionMessage('browser'),
    ],
    ['https://news.example/a', 'Frame with ID 0 was removed.', restrictionMessage('unknown')],
  ])('turns a refused injection on %s (%s) into a message', async (url, error, message) => {
    executeScript.mockRejectedValue(new Error(error));
    await expect(toggleReader({ id: 3, url })).resolves.toEqual({ status: 'restricted', message });
  });

  it('answers with a message, not a throw, for a tab without an id', async () => {
    await expect(toggleReader({})).resolves.toEqual({ status: 'restricted', message: restrictionMessage('unknown') });
  });
});
