import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage as handle } from '@/utils/extension/handle-message';
import { articleIdFor } from '@/utils/library/article-id';
import type { LibraryDb } from '@/utils/library/library-db';
import { freshLibrary, highlightOf, sampleArticle } from '../support/library';
import { READER_SENDER as readerFrame } from '../support/reader-library';

const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript');
const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage');

const EXTENSION_ID = fakeBrowser.runtime.id;
const article = { ok: true, readerable: true, article: { title: 'A story' } };

let db: LibraryDb;
const handleMessage = (message: unknown, sender: Parameters<typeof handle>[1]) => handle(message, sender, db);

beforeEach(() => {
  db = freshLibrary();
  fakeBrowser.reset();
  executeScript.mockReset();
  sendToTab.mockReset();
});

describe('handleMessage', () => {
  it("fetches the article from the reader's own tab, top frame only", async () => {
    sendToTab.mockResolvedValue(article as never);
    await expect(handleMessage({ type: 'get-article', force: false }, readerFrame)).resolves.toBe(article);
    expect(sendToTab).toHaveBeenCalledWith(12, { type: 'extract', force: false, rules: null }, { frameId: 0 });
  });

  it('passes "Show it anyway" on as a forced extraction', async () => {
    sendToTab.mockResolvedValue(article as never);
    await handleMessage({ type: 'get-article', force: true }, readerFrame);
    expect(sendToTab).toHaveBeenCalledWith(12, { type: 'extract', force: true, rules: null }, { frameId: 0 });
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
    await expect(
      handleMessage(
        { type: 'toggle-reader', tabId: tab.id },
        { id: EXTENSION_ID, url: 'chrome-extension://x/popup.html' },
      ),
    ).resolves.toEqual({
      status: 'opened',
    });
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: tab.id } }));
  });

  it.each([
    ['another extension', { type: 'close-reader' }, { ...readerFrame, id: 'someone-else' }],
    [
      'a page that is not the reader',
      { type: 'get-article', force: false },
      { ...readerFrame, url: 'chrome-extension://x/popup.html' },
    ],
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

describe('library messages from the reader', () => {
  const highlight = highlightOf(sampleArticle.text, 'phone conversation', { note: 'Call logs?' });
  const save = { type: 'save-highlight', article: sampleArticle, highlight };

  it('saves a highlight with its article and gives it back to a later reader', async () => {
    await expect(handleMessage(save, readerFrame)).resolves.toEqual({ ok: true });
    const reply = await handleMessage({ type: 'load-highlights', articleId: articleIdFor(sampleArticle) }, readerFrame);
    expect(reply).toEqual({ ok: true, saved: true, highlights: [highlight], unreadable: 0, progress: 0 });
  });

  it('changes and deletes a highlight', async () => {
    await handleMessage(save, readerFrame);
    const update = { type: 'update-highlight', id: highlight.id, changes: { note: 'Asked the ministry' } };
    await expect(handleMessage(update, readerFrame)).resolves.toEqual({ ok: true, updated: true });
    await expect(handleMessage({ type: 'delete-highlight', id: highlight.id }, readerFrame)).resolves.toEqual({
      ok: true,
    });
    await expect(handleMessage(update, readerFrame)).resolves.toEqual({ ok: true, updated: false });
  });

  it('saves an article without highlights and remembers how far it was read', async () => {
    const articleId = articleIdFor(sampleArticle);
    await handleMessage({ type: 'set-progress', articleId, progress: 0.3 }, readerFrame);
    expect(await db.articles.count()).toBe(0);
    await expect(handleMessage({ type: 'save-article', article: sampleArticle }, readerFrame)).resolves.toEqual({
      ok: true,
    });
    await expect(handleMessage({ type: 'set-progress', articleId, progress: 0.3 }, readerFrame)).resolves.toEqual({
      ok: true,
    });
    const reply = await handleMessage({ type: 'load-highlights', articleId }, readerFrame);
    expect(reply).toEqual({ ok: true, saved: true, highlights: [], unreadable: 0, progress: 0.3 });
  });

  it('refuses a highlight filed under another article', async () => {
    const stray = { ...save, highlight: { ...highlight, articleId: 'https://elsewhere.example/' } };
    await expect(handleMessage(stray, readerFrame)).resolves.toMatchObject({ ok: false });
    expect(await db.highlights.count()).toBe(0);
  });

  it('answers a failed write with a sentence the reader can show', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(db.highlights, 'put').mockRejectedValueOnce(quota);
    const reply = await handleMessage(save, readerFrame);
    expect(reply).toMatchObject({ ok: false, message: expect.stringContaining('no room left') });
    expect(await db.articles.count()).toBe(0);
  });

  it.each([
    ['from the popup', save, { id: EXTENSION_ID, url: 'chrome-extension://x/popup.html', tab: { id: 3 } as never }],
    ['from another extension', save, { ...readerFrame, id: 'someone-else' }],
    ['with a malformed highlight', { ...save, highlight: { ...highlight, color: 'red' } }, readerFrame],
    ['with an article that is not one', { ...save, article: { title: 'x' } }, readerFrame],
    [
      'with a note too long to be typed',
      { type: 'update-highlight', id: 'x', changes: { note: 'n'.repeat(20_001) } },
      readerFrame,
    ],
    [
      'of an article from a web page',
      { type: 'save-article', article: sampleArticle },
      { id: EXTENSION_ID, url: 'https://news.example/', tab: { id: 3 } as never },
    ],
    ['of progress beyond the end', { type: 'set-progress', articleId: 'x', progress: 2 }, readerFrame],
  ])('ignores a save %s', async (_label, message, sender) => {
    await expect(handleMessage(message, sender)).resolves.toBeUndefined();
    expect(await db.highlights.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
  });
});
