// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Reader } from '@/components/reader/Reader';
import { DEFAULT_SETTINGS } from '@/utils/settings/reader-settings';
import type { Article } from '@/utils/extract/article';
import { rangeOfOffsets } from '@/utils/highlights/text-offsets';
import type { Highlight } from '@/utils/highlights/types';
import { articleIdFor } from '@/utils/library/article-id';
import { loadHighlights } from '@/utils/library/highlight-store';
import type { LibraryDb } from '@/utils/library/library-db';
import type { ReaderLibrary } from '@/utils/extension/message-client';
import { freshLibrary, highlightOf } from '../support/library';
import { readerLibrary } from '../support/reader-library';
import { stubLayout } from '../support/jsdom-layout';
import { useRenderRoot } from '../support/render-root';
import { buttonNamed, pressKey, settle } from '../support/ui-actions';

const article: Article = {
  url: 'https://harbor.example/ferry-strike?utm_source=mail',
  canonicalUrl: 'https://harbor.example/ferry-strike',
  title: 'Ferry crews walk out',
  byline: 'Ana Ruiz',
  siteName: 'Daily Harbor',
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  html:
    '<p>The ferry crews walked out at dawn. Commuters waited on the pier for hours.</p>' +
    '<ul><li>Pier 1 closed.</li><li>Pier 2 open.</li></ul>' +
    '<p>The union said the strike would last two days. The operator called it unlawful.</p>',
  text: '',
  wordCount: 40,
  readingMinutes: 1,
};
const ARTICLE_ID = articleIdFor(article);

const root = useRenderRoot();
stubLayout();

async function open(db: LibraryDb, library: ReaderLibrary = readerLibrary(db), shown: Article = article) {
  await act(async () => {
    render(
      <Reader
        loadArticle={async () => ({ ok: true, readerable: true, article: shown })}
        onClose={vi.fn()}
        settings={DEFAULT_SETTINGS}
        library={library}
      />,
      root(),
    );
  });
  await settle();
}

/** Closes the reader, as closing the overlay does (the frame goes away). */
async function close() {
  await act(async () => render(null, root()));
}

const body = () => root().querySelector<HTMLElement>('.article-body')!;
const marks = () => [...body().querySelectorAll<HTMLElement>('mark[data-highlight-id]')];
const button = (name: string) => buttonNamed(root(), name);

/** Selects `quote` in the article body as a person does with the mouse. */
async function select(quote: string) {
  const start = body().textContent!.indexOf(quote);
  const range = rangeOfOffsets(body(), start, start + quote.length)!;
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  await act(async () => {
    body().dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
}

/** A key press, then time for the library to answer (IndexedDB answers as macrotasks). */
async function press(key: string, options: KeyboardEventInit = {}, target?: EventTarget) {
  await pressKey(key, options, target);
  await settle();
}

async function stored(db: LibraryDb): Promise<Highlight[]> {
  return (await loadHighlights(db, ARTICLE_ID)).highlights;
}

describe('highlighting in the reader', () => {
  it('h highlights the selection as a mark, saves it with the article, and it is back when the article opens again', async () => {
    const db = freshLibrary();
    await open(db);
    await select('Commuters waited on the pier');
    await press('h');
    expect(marks().map((m) => m.textContent)).toEqual(['Commuters waited on the pier']);
    expect(marks()[0]!.dataset.color).toBe('yellow');
    const [saved] = await stored(db);
    expect(saved).toMatchObject({
      articleId: ARTICLE_ID,
      color: 'yellow',
      selectors: { quote: { exact: 'Commuters waited on the pier' } },
    });
    expect(await db.snapshots.get(ARTICLE_ID)).toMatchObject({ html: article.html });

    await close();
    await open(db);
    expect(root().querySelector('main')!.hasAttribute('data-highlights-restored')).toBe(true);
    expect(marks().map((m) => m.textContent)).toEqual(['Commuters waited on the pier']);
    expect(marks()[0]!.dataset.highlightId).toBe(saved!.id);
  });

  it('says on the reader when the saved highlights are restored, not before the library answers', async () => {
    const db = freshLibrary();
    const answers: (() => void)[] = [];
    const answered = new Promise<void>((resolve) => answers.push(resolve));
    const slow = readerLibrary(db);
    const library: ReaderLibrary = {
      ...slow,
      'load-highlights': async (fields) => answered.then(() => slow['load-highlights'](fields)),
    };
    await open(db, library);
    const main = root().querySelector('main')!;
    expect(main.dataset.state).toBe('ready');
    expect(main.hasAttribute('data-highlights-restored')).toBe(false);
    answers.forEach((answer) => answer());
    await settle();
    expect(main.hasAttribute('data-highlights-restored')).toBe(true);
  });

  it('highlights across list items, and the menu beside a selection offers four colours, Note and Copy', async () => {
    const db = freshLibrary();
    await open(db);
    await select('closed.Pier 2');
    const menu = root().querySelector('[role="toolbar"][aria-label="Highlight the selection"]')!;
    expect([...menu.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      'Highlight Yellow',
      'Highlight Green',
      'Highlight Blue',
      'Highlight Pink',
      'Note',
      'Copy',
    ]);
    await act(async () => button('Highlight Green')!.click());
    await settle();
    expect(marks().map((m) => [m.textContent, m.dataset.color])).toEqual([
      ['closed.', 'green'],
      ['Pier 2', 'green'],
    ]);
    expect((await stored(db))[0]!.color).toBe('green');
  });

  it('n highlights and opens the note editor; the note is saved and shown again later', async () => {
    const db = freshLibrary();
    await open(db);
    await select('The operator called it unlawful.');
    await press('n');
    const field = root().querySelector<HTMLTextAreaElement>('[role="dialog"] textarea')!;
    expect(document.activeElement).toBe(field);
    await act(async () => {
      field.value = 'Ask the ministry whether it is.';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await press('Enter', { ctrlKey: true }, field);
    expect(root().querySelector('[role="dialog"]')).toBeNull();
    expect((await stored(db))[0]!.note).toBe('Ask the ministry whether it is.');

    await close();
    await open(db);
    expect(marks()[0]!.title).toBe('Ask the ministry whether it is.');
    await act(async () => button('Highlights 1')!.click());
    expect(root().querySelector('.highlights-panel')!.textContent).toContain('Ask the ministry whether it is.');
  });

  it('Esc in the note editor closes the editor only; Esc on the menu closes the menu only', async () => {
    const onClose = vi.fn();
    const db = freshLibrary();
    await act(async () => {
      render(
        <Reader
          loadArticle={async () => ({ ok: true, readerable: true, article })}
          onClose={onClose}
          settings={DEFAULT_SETTINGS}
          library={readerLibrary(db)}
        />,
        root(),
      );
    });
    await settle();
    await select('walked out');
    await press('n');
    await press('Escape');
    expect(root().querySelector('[role="dialog"]')).toBeNull();
    await select('at dawn');
    expect(root().querySelector('.highlight-menu')).not.toBeNull();
    await press('Escape', {}, body());
    expect(root().querySelector('.highlight-menu')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    await press('Escape', {}, body());
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('j and k walk the highlights in reading order, and Delete removes the focused one, restoring the text', async () => {
    const db = freshLibrary();
    await open(db);
    const html = body().innerHTML;
    // Made out of reading order on purpose.
    for (const quote of ['two days', 'ferry crews', 'Pier 1']) {
      await select(quote);
      await press('h');
    }
    await press('j', {}, body());
    expect(document.activeElement?.textContent).toBe('ferry crews');
    await press('j');
    expect(document.activeElement?.textContent).toBe('Pier 1');
    await press('j');
    await press('k');
    expect(document.activeElement?.textContent).toBe('Pier 1');
    await press('Delete');
    expect(marks().map((m) => m.textContent)).toEqual(['ferry crews', 'two days']);
    expect((await stored(db)).map((h) => h.selectors.quote.exact).toSorted()).toEqual(['ferry crews', 'two days']);
    for (const mark of marks()) {
      mark.focus();
      await press('Delete');
    }
    expect(body().innerHTML).toBe(html);
    expect(await stored(db)).toEqual([]);
  });

  it('changes the colour of a highlight from its menu, and removes it from there too', async () => {
    const db = freshLibrary();
    await open(db);
    await select('Pier 2 open.');
    await press('h');
    await act(async () => marks()[0]!.click());
    const menu = root().querySelector('[role="toolbar"][aria-label="Highlight"]')!;
    expect(menu.querySelector('[aria-pressed="true"]')!.getAttribute('aria-label')).toBe('Yellow');
    await act(async () => button('Pink')!.click());
    await settle();
    expect(marks()[0]!.dataset.color).toBe('pink');
    expect((await stored(db))[0]!.color).toBe('pink');
    await act(async () => button('Remove')!.click());
    await settle();
    expect(marks()).toEqual([]);
    expect(await stored(db)).toEqual([]);
  });

  it('lists a highlight the changed article no longer holds as not placed, and re-attaches it to a new selection', async () => {
    const db = freshLibrary();
    await open(db);
    await select('Commuters waited on the pier for hours.');
    await press('n');
    const field = root().querySelector<HTMLTextAreaElement>('[role="dialog"] textarea')!;
    await act(async () => {
      field.value = 'Three hours, says the union.';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await press('Enter', { ctrlKey: true }, field);
    await close();

    const rewritten = {
      ...article,
      html: article.html.replace('Commuters waited on the pier for hours.', 'Passengers were stranded until noon.'),
    };
    await open(db, readerLibrary(db), rewritten);
    expect(marks()).toEqual([]);
    expect(root().querySelector('.orphan-notice')!.textContent).toContain('1 highlight could not be placed');
    await act(async () => button('Show it')!.click());
    const orphans = root().querySelector('.orphans')!;
    expect(orphans.textContent).toContain('Commuters waited on the pier for hours.');
    expect(orphans.textContent).toContain('Three hours, says the union.');

    await select('Passengers were stranded until noon.');
    await act(async () => button('Attach to selection')!.click());
    await settle();
    expect(marks().map((m) => m.textContent)).toEqual(['Passengers were stranded until noon.']);
    expect(root().querySelector('.orphans')).toBeNull();
    const [moved] = await stored(db);
    expect(moved).toMatchObject({
      note: 'Three hours, says the union.',
      selectors: { quote: { exact: 'Passengers were stranded until noon.' } },
    });
  });

  it('deletes a highlight that could not be placed only when asked', async () => {
    const db = freshLibrary();
    const text = 'An older version of the article said this.';
    const orphan = highlightOf(text, text, {
      id: 'old-1',
      articleId: ARTICLE_ID,
      color: 'blue',
      note: 'Keep?',
      createdAt: 1,
      updatedAt: 1,
    });
    await open(db);
    await select('dawn');
    await press('h');
    await db.highlights.put(orphan);
    await close();
    await open(db);
    await act(async () => button('Highlights 2')!.click());
    expect(root().querySelector('.orphans')!.textContent).toContain('An older version of the article said this.');
    await act(async () => button('Delete')!.click());
    await settle();
    expect((await stored(db)).map((h) => h.id)).not.toContain('old-1');
    expect(marks().map((m) => m.textContent)).toEqual(['dawn']);
  });

  it('takes the highlight back and says why when the library cannot save it', async () => {
    const db = freshLibrary();
    const full = "The browser has no room left for Lucid Reader's library, so the highlight was not saved.";
    const library = { ...readerLibrary(db), 'save-highlight': async () => ({ ok: false as const, message: full }) };
    await open(db, library);
    await select('walked out');
    await press('h');
    expect(marks()).toEqual([]);
    expect(root().querySelector('[role="alert"]')!.textContent).toContain(full);
  });

  it('says how to highlight when h is pressed with nothing selected', async () => {
    await open(freshLibrary());
    await press('h', {}, body());
    expect(marks()).toEqual([]);
    expect(root().querySelector('[role="status"]')!.textContent).toBe('Select some text of the article first.');
  });

  it('the panel lists highlights in reading order and choosing one focuses it', async () => {
    const db = freshLibrary();
    await open(db);
    for (const quote of ['unlawful', 'Pier 2', 'dawn']) {
      await select(quote);
      await press('h');
    }
    await act(async () => button('Highlights 3')!.click());
    const items = [...root().querySelectorAll<HTMLButtonElement>('.highlights-panel .panel-item')];
    expect(items.map((i) => i.textContent)).toEqual(['dawn', 'Pier 2', 'unlawful']);
    await act(async () => items[1]!.click());
    expect(document.activeElement?.textContent).toBe('Pier 2');
  });
});
