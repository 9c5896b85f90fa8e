// The reader over a page keeps, forgets and applies its site's rules through the background.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/utils/extension/handle-message';
import type { LibraryDb } from '@/utils/library/library-db';
import { loadRuleSet } from '@/utils/site-rules/rules-store';
import { freshLibrary } from '../support/library';
import { READER_SENDER as readerFrame } from '../support/reader-library';

const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
const getTab = vi.spyOn(fakeBrowser.tabs, 'get');

const tides = { selector: 'div.tide-times', kind: 'box', sample: 'Tides at Quay Street this week' };
const block = { type: 'remove-block', text: 'Tides at Quay Street this week: high water 06:12.', image: null };

let db: LibraryDb;
beforeEach(() => {
  db = freshLibrary();
  fakeBrowser.reset();
  sendToTab.mockReset();
  getTab.mockReset();
  getTab.mockResolvedValue({ id: 12, url: 'https://harbourpost.example/ferry-returns/' } as never);
});

describe('"Wrong part?" from the reader over a page', () => {
  const body = { selector: 'div.story__body', kind: 'box', sample: 'The night ferry across the Sound' };

  it('has the page let the person point at the article', async () => {
    sendToTab.mockResolvedValue(true as never);
    await expect(handleMessage({ type: 'choose-content' }, readerFrame, db)).resolves.toBe(true);
    expect(sendToTab).toHaveBeenCalledWith(12, { type: 'pick-content' }, { frameId: 0 });
  });

  it('keeps the part chosen as the site’s content rule, and the next article gets it', async () => {
    const chosen = { ok: true, readerable: true, article: { title: 'A story' }, chosenContent: body };
    sendToTab.mockResolvedValue(chosen as never);
    await expect(handleMessage({ type: 'get-article', force: false }, readerFrame, db)).resolves.toEqual(chosen);
    expect(await loadRuleSet()).toEqual({ 'harbourpost.example': { removals: [], content: body } });

    await handleMessage({ type: 'get-article', force: false }, readerFrame, db);
    expect(sendToTab).toHaveBeenLastCalledWith(
      12,
      { type: 'extract', force: false, rules: { removals: [], content: body } },
      { frameId: 0 },
    );
  });

  it('keeps no content rule the page names with a selector that is not plain', async () => {
    const chosen = { ok: true, article: {}, chosenContent: { ...body, selector: 'div:not(.ad)' } };
    sendToTab.mockResolvedValue(chosen as never);
    await handleMessage({ type: 'get-article', force: false }, readerFrame, db);
    expect(await loadRuleSet()).toEqual({});
  });
});

describe('"Remove…" from the reader over a page', () => {
  it('asks the page for the block, keeps the rule for the page’s site, and applies it to the next article', async () => {
    sendToTab.mockResolvedValue(tides as never);
    await expect(handleMessage(block, readerFrame, db)).resolves.toEqual({
      ok: true,
      rule: tides,
      site: 'harbourpost.example',
    });
    expect(sendToTab).toHaveBeenCalledWith(
      12,
      { type: 'describe-block', text: block.text, image: null },
      { frameId: 0 },
    );
    expect(await loadRuleSet()).toEqual({ 'harbourpost.example': { removals: [tides], content: null } });

    getTab.mockResolvedValue({ id: 12, url: 'https://harbourpost.example/bridge-repairs/' } as never);
    sendToTab.mockResolvedValue({ ok: false } as never);
    await handleMessage({ type: 'get-article', force: false }, readerFrame, db);
    expect(sendToTab).toHaveBeenLastCalledWith(
      12,
      { type: 'extract', force: false, rules: { removals: [tides], content: null } },
      { frameId: 0 },
    );
  });

  it('keeps nothing when the page answers with a selector that is not plain', async () => {
    sendToTab.mockResolvedValue({ ...tides, selector: 'div:has(script)' } as never);
    await expect(handleMessage(block, readerFrame, db)).resolves.toMatchObject({ ok: false });
    expect(await loadRuleSet()).toEqual({});
  });

  it('keeps nothing for a page that is not on the web', async () => {
    getTab.mockResolvedValue({ id: 12, url: 'file:///home/me/notes.html' } as never);
    sendToTab.mockResolvedValue(tides as never);
    await expect(handleMessage(block, readerFrame, db)).resolves.toMatchObject({ ok: false });
    expect(await loadRuleSet()).toEqual({});
  });

  it('forgets the removal on Undo, and the site with it', async () => {
    sendToTab.mockResolvedValue(tides as never);
    await handleMessage(block, readerFrame, db);
    await expect(handleMessage({ type: 'forget-removal', selector: tides.selector }, readerFrame, db)).resolves.toEqual(
      { ok: true },
    );
    expect(await loadRuleSet()).toEqual({});
  });
});
