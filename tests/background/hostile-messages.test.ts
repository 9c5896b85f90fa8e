// Messages the extension's parts never send, from senders that are not its own pages: each is
// ignored (answered with undefined), and none reads or writes the library.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/utils/extension/handle-message';
import { articleIdFor } from '@/utils/library/article-id';
import type { LibraryDb } from '@/utils/library/library-db';
import { parseContentMessage } from '@/utils/extension/content-messages';
import { MESSAGES, parseMessage } from '@/utils/extension/messages';
import { loadRuleSet } from '@/utils/site-rules/rules-store';
import { freshLibrary, highlightOf, sampleArticle } from '../support/library';
import { READER_SENDER as reader } from '../support/reader-library';

type Sender = Parameters<typeof handleMessage>[1];

const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript');
const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage');

const highlight = highlightOf(sampleArticle.text, 'phone conversation');
const save = { type: 'save-highlight', article: sampleArticle, highlight };
const articleId = articleIdFor(sampleArticle);

let db: LibraryDb;
beforeEach(() => {
  db = freshLibrary();
  fakeBrowser.reset();
  executeScript.mockReset();
  sendToTab.mockReset();
});

/** Every kind of message the background acts on, well formed. */
const WELL_FORMED = [
  save,
  { type: 'load-highlights', articleId },
  { type: 'update-highlight', id: highlight.id, changes: { note: 'x' } },
  { type: 'delete-highlight', id: highlight.id },
  { type: 'get-article', force: false },
  { type: 'close-reader' },
  { type: 'toggle-reader', tabId: 12 },
  { type: 'save-article', article: sampleArticle },
  { type: 'set-progress', articleId, progress: 0.5 },
  { type: 'remove-block', text: 'Tides at Quay Street this week', image: null },
  { type: 'forget-removal', selector: 'div.tide-times' },
  { type: 'choose-content' },
  { type: 'keep-images', articleId },
];

it('tries every message of the table', () => {
  expect(WELL_FORMED.map((message) => message.type).toSorted()).toEqual(Object.keys(MESSAGES).toSorted());
});

/** What handling `message` from `sender` did: its answer, and what it reached. */
async function effects(message: unknown, sender: Sender) {
  const transactions = vi.spyOn(db, 'transaction');
  const answer = await handleMessage(message, sender, db);
  return {
    answer,
    libraryOpened: transactions.mock.calls.length > 0,
    tabsMessaged: sendToTab.mock.calls.length > 0,
    scriptsInjected: executeScript.mock.calls.length > 0,
    stored: (await db.highlights.count()) + (await db.articles.count()) + Object.keys(await loadRuleSet()).length,
  };
}

/** A message ignored: no answer, no page or tab reached, the library untouched. */
const IGNORED = { answer: undefined, libraryOpened: false, tabsMessaged: false, scriptsInjected: false, stored: 0 };

const huge = (length: number) => 'x'.repeat(length);

// Messages arrive as JSON: a "__proto__" key is then an own property, as JSON.parse makes it.
const wire = (json: string) => JSON.parse(json) as object;

/** `value` with fields that try to reach Object.prototype, and one nobody asked for. */
const polluting = (value: object) => ({
  ...value,
  ...wire('{"__proto__": {"polluted": true}}'),
  constructor: { prototype: { polluted: true } },
  extra: 'dropped',
});

describe('messages from senders that are not the extension', () => {
  const strangers: [string, Sender][] = [
    ['another extension', { ...reader, id: 'another-extension-id' }],
    ['another extension, without a tab', { id: 'another-extension-id' }],
    ['a web page (no extension id)', { url: 'https://evil.example/', tab: { id: 12 } as never, frameId: 0 }],
    ['a web page that claims the reader path', { url: 'https://evil.example/reader.html', tab: { id: 12 } as never }],
    // Our content script runs in the page's process: a page that took its process over could send
    // with our id, but the browser still names the page's own address as the sender's.
    [
      'a page in our content script',
      { id: fakeBrowser.runtime.id, url: 'https://evil.example/reader.html', tab: { id: 12 } as never },
    ],
    ['the reader frame of another extension', { ...reader, id: 'x', url: 'chrome-extension://x/reader.html' }],
    ['nobody', {}],
  ];
  it.each(
    strangers.flatMap(([who, sender]) => WELL_FORMED.map((message) => [who, message.type, message, sender] as const)),
  )('ignores %s sending %s', async (_who, _type, message, sender) => {
    expect(await effects(message, sender)).toEqual(IGNORED);
  });
});

describe('messages of the wrong shape from the reader', () => {
  it.each([
    ['an array', [save]],
    ['a string', JSON.stringify(save)],
    ['a number', 42],
    ['null', null],
    ['a type that is not a string', { ...save, type: ['save-highlight'] }],
    ['a type of another case', { ...save, type: 'Save-Highlight' }],
    ['a type from Object.prototype', { type: 'constructor' }],
    ['a type from Object.prototype', { type: '__proto__' }],
    ['no article', { type: 'save-highlight', highlight }],
    ['an article with a title beyond bounds', { ...save, article: { ...sampleArticle, title: huge(10_001) } }],
    ['an article body beyond bounds', { ...save, article: { ...sampleArticle, html: huge(20_000_001) } }],
    ['an article from no web address', { ...save, article: { ...sampleArticle, url: 'javascript:alert(1)' } }],
    ['an article whose word count is not a count', { ...save, article: { ...sampleArticle, wordCount: -1 } }],
    [
      'an article with a lead image from no web address',
      { ...save, article: { ...sampleArticle, leadImage: { src: 'data:image/png,x', alt: '', caption: '' } } },
    ],
    ['a note beyond bounds', { ...save, highlight: { ...highlight, note: huge(20_001) } }],
    [
      'a quote beyond bounds',
      {
        ...save,
        highlight: {
          ...highlight,
          selectors: { ...highlight.selectors, quote: { ...highlight.selectors.quote, prefix: huge(100_001) } },
        },
      },
    ],
    [
      'an empty quote',
      {
        ...save,
        highlight: {
          ...highlight,
          selectors: { ...highlight.selectors, quote: { exact: '', prefix: '', suffix: '' } },
        },
      },
    ],
    [
      'a position that runs backwards',
      { ...save, highlight: { ...highlight, selectors: { ...highlight.selectors, position: { start: 9, end: 3 } } } },
    ],
    ['an id beyond bounds', { ...save, highlight: { ...highlight, id: huge(2_049) } }],
    ['an empty id', { type: 'delete-highlight', id: '' }],
    ['an id that is not a string', { type: 'delete-highlight', id: { $ne: null } }],
    ['an article id beyond bounds', { type: 'load-highlights', articleId: huge(2_049) }],
    ['a colour that is not one of ours', { ...save, highlight: { ...highlight, color: 'url(javascript:x)' } }],
    ['a time that is not a count', { ...save, highlight: { ...highlight, createdAt: 'now' } }],
    ['changes that are not an object', { type: 'update-highlight', id: highlight.id, changes: 'note' }],
    ['a change of colour to none of ours', { type: 'update-highlight', id: highlight.id, changes: { color: 'black' } }],
    ['a changed note beyond bounds', { type: 'update-highlight', id: highlight.id, changes: { note: huge(20_001) } }],
    ['a toggle of no tab', { type: 'toggle-reader', tabId: Number.NaN }],
    ['a forced extraction that is not a yes or no', { type: 'get-article', force: 'true' }],
    ['a block of text beyond bounds', { type: 'remove-block', text: huge(20_001), image: null }],
    ['a block whose image is not an address', { type: 'remove-block', text: 'Tides', image: { src: 'x' } }],
    ['a removal to forget that is not a plain selector', { type: 'forget-removal', selector: 'p:has(a)' }],
  ])('ignores %s', async (_label, message) => {
    expect(await effects(message, reader)).toEqual(IGNORED);
  });
});

describe('prototype pollution through a message', () => {
  it.each([
    ['a __proto__ that carries the type', '{"__proto__": {"type": "close-reader"}}'],
    ['a constructor that carries the type', '{"constructor": {"prototype": {"type": "close-reader"}}}'],
  ])('ignores %s', async (_label, json) => {
    expect(await effects(wire(json), reader)).toEqual(IGNORED);
  });

  it('stores only the known fields of a highlight and its article, and pollutes nothing', async () => {
    const message = { ...save, article: polluting(sampleArticle), highlight: polluting(highlight) };
    await expect(handleMessage(polluting(message), reader, db)).resolves.toEqual({ ok: true });

    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    const [stored] = await db.highlights.toArray();
    expect(Object.keys(stored!).toSorted()).toEqual(Object.keys(highlight).toSorted());
    const [article] = await db.articles.toArray();
    expect(Object.keys(article!)).not.toContain('extra');
    expect(Object.keys(article!)).not.toContain('constructor');
  });

  it('changes only the note and colour of a highlight, whatever else the changes carry', async () => {
    await handleMessage(save, reader, db);
    const changes = {
      note: 'kept',
      articleId: 'https://elsewhere.example/',
      id: 'other',
      ...wire('{"__proto__": {"color": "green"}}'),
    };
    await expect(handleMessage({ type: 'update-highlight', id: highlight.id, changes }, reader, db)).resolves.toEqual({
      ok: true,
      updated: true,
    });
    const [stored] = await db.highlights.toArray();
    expect(stored).toMatchObject({ id: highlight.id, articleId, note: 'kept', color: 'yellow' });
  });
});

describe('the content script, told what to do', () => {
  it.each([
    [{ type: 'extract', force: 'yes' }],
    [{ type: 'extract', force: 1 }],
    [{ type: 'Close' }],
    [{ type: ['close'] }],
    [JSON.parse('{"__proto__": {"type": "close"}}')],
    [{ type: 'toggle-reader', tabId: 1 }],
    ['close'],
    [null],
  ])('ignores %j', (message) => {
    expect(parseContentMessage(message)).toBeNull();
  });

  it('keeps only the fields it knows', () => {
    expect(
      parseContentMessage({ type: 'extract', force: true, rules: null, selector: 'body', html: '<script>' }),
    ).toEqual({ type: 'extract', force: true, rules: null });
    expect(parseMessage({ type: 'delete-highlight', id: 'a', where: 'everything' })).toEqual({
      type: 'delete-highlight',
      id: 'a',
    });
  });
});
