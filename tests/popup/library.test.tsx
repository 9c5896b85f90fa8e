// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Library } from '@/components/popup/Library';
import type { Article } from '@/utils/extract/article';
import { articleIdFor } from '@/utils/library/article-id';
import { listArticles, saveArticle } from '@/utils/library/article-store';
import { createBackup } from '@/utils/library/backup';
import { saveHighlight } from '@/utils/library/highlight-store';
import { importBackup } from '@/utils/library/import-backup';
import type { LibraryFiles } from '@/utils/library/library-files';
import type { LibraryDb } from '@/utils/library/library-db';
import { DEFAULT_SETTINGS } from '@/utils/settings/reader-settings';
import { freshLibrary, highlightOf, sampleArticle } from '../support/library';
import { useRenderRoot } from '../support/render-root';
import { buttonNamed, settle } from '../support/ui-actions';

const root = useRenderRoot();

function story(path: string, title: string, text: string): Article {
  const url = `https://harbour.example/${path}`;
  return {
    ...sampleArticle,
    url,
    canonicalUrl: url,
    title,
    siteName: 'Harbour News',
    text,
    html: `<p>${text}</p>`,
    readingMinutes: 4,
  };
}

const ferry = story('ferry', 'Night ferry returns', 'The night ferry left at nine. Passengers cheered on the quay.');
const bridge = story('bridge', 'Swing bridge repaired', 'Engineers replaced the gears. Traffic resumed by noon.');

async function seeded(): Promise<LibraryDb> {
  const db = freshLibrary();
  await saveArticle(db, articleIdFor(ferry), ferry, Date.UTC(2026, 0, 5));
  await saveArticle(db, articleIdFor(bridge), bridge, Date.UTC(2026, 0, 9));
  await saveHighlight(
    db,
    ferry,
    highlightOf(ferry.text, 'cheered on the quay', { articleId: articleIdFor(ferry), note: 'Good quote' }),
  );
  return db;
}

function files(): LibraryFiles {
  return {
    exportArticle: vi.fn(async () => {}),
    exportArticleWithImages: vi.fn(async () => {}),
    exportAll: vi.fn(async () => {}),
    backup: vi.fn(async () => null),
    importBackup: vi.fn(async () => ({
      ok: false,
      message: 'This file is not a Lucid Reader backup. Nothing was imported.',
    })),
  };
}

async function show(db: LibraryDb, pageUrl?: string, props: Partial<Parameters<typeof Library>[0]> = {}) {
  await act(async () =>
    render(<Library db={db} pageUrl={pageUrl} files={files()} locale="en-GB" {...props} />, root()),
  );
  await settle();
  await settle();
}

const titles = () => [...root().querySelectorAll('.entry-title')].map((a) => a.textContent);
const search = async (query: string) => {
  const box = root().querySelector<HTMLInputElement>('input[type="search"]')!;
  await act(async () => {
    box.value = query;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
};

describe('the library in the popup', () => {
  it('lists saved articles newest first, with site, date, reading time, highlights, size and progress', async () => {
    await show(await seeded());
    expect(titles()).toEqual(['Swing bridge repaired', 'Night ferry returns']);
    const ferryEntry = root().querySelectorAll('.entry')[1]!;
    expect([...ferryEntry.querySelectorAll('.entry-meta span')].map((s) => s.textContent)).toEqual([
      'Harbour News',
      'Saved 5 Jan 2026',
      '4 min read',
      '1 highlight',
      '129 byte',
    ]);
    expect(ferryEntry.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('0');
    expect(ferryEntry.querySelector('a.entry-title')?.getAttribute('href')).toBe(
      `reader.html?article=${encodeURIComponent(articleIdFor(ferry))}`,
    );
  });

  it('puts the current page first when it is saved, marked as this page', async () => {
    await show(await seeded(), 'https://harbour.example/ferry?utm_source=feed#comments');
    expect(titles()).toEqual(['Night ferry returns', 'Swing bridge repaired']);
    expect(root().querySelector('.entry .this-page')?.textContent).toBe('This page');
  });

  it('searches as the words are typed and shows where each result matched', async () => {
    await show(await seeded());
    await search('passeng');
    expect(titles()).toEqual(['Night ferry returns']);
    expect(root().querySelector('.why')?.textContent).toBe('Text: Passengers cheered on the quay.');
    await search('good quo');
    expect(root().querySelector('.why')?.textContent).toBe('Highlight: cheered on the quay Note: Good quote');
    await search('zeppelin');
    expect(titles()).toEqual([]);
    expect(root().querySelector('.library-status')?.textContent).toBe('Nothing saved matches “zeppelin”.');
  });

  it('answers the first key typed from the word index, read while the list was shown', async () => {
    const db = await seeded();
    await show(db);
    const lookups = vi.spyOn(db.words, 'where');
    await search('ferr');
    expect(titles()).toEqual(['Night ferry returns']);
    expect(lookups).not.toHaveBeenCalled();
  });

  it('filters to articles with highlights', async () => {
    await show(await seeded());
    const filter = root().querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await act(async () => filter.click());
    expect(titles()).toEqual(['Night ferry returns']);
  });

  it('shows an article’s highlights and notes, each opening the article at it', async () => {
    await show(await seeded());
    await act(async () => buttonNamed(root(), 'Highlights')!.click());
    await settle();
    const item = root().querySelector('.entry-highlights li')!;
    expect(item.querySelector('q')?.textContent).toBe('cheered on the quay');
    expect(item.querySelector('.note')?.textContent).toBe('Good quote');
    expect(item.querySelector('a')?.getAttribute('href')).toMatch(/^reader\.html\?article=.+&highlight=[0-9a-f-]{36}$/);
  });

  it('deletes with an undo that brings the article back', async () => {
    const db = await seeded();
    await show(db);
    const bridgeEntry = root().querySelector('.entry')!;
    await act(async () => buttonNamed(bridgeEntry, 'Delete')!.click());
    await settle();
    expect(titles()).toEqual(['Night ferry returns']);
    expect(root().querySelector('.undo-offers')?.textContent).toContain('Deleted “Swing bridge repaired”.');
    await act(async () => buttonNamed(root().querySelector('.undo-offers')!, 'Undo')!.click());
    await settle();
    expect(titles()).toEqual(['Swing bridge repaired', 'Night ferry returns']);
    expect((await listArticles(db)).articles).toHaveLength(2);
  });

  it('deletes nothing unless the person just clicked or pressed a key', async () => {
    const db = await seeded();
    await show(db);
    vi.stubGlobal('navigator', { userActivation: { isActive: false } });
    try {
      await act(async () => buttonNamed(root().querySelector('.entry')!, 'Delete')!.click());
      await settle();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(titles()).toEqual(['Swing bridge repaired', 'Night ferry returns']);
    expect(root().querySelector('.notice')?.textContent).toMatch(/^Nothing was changed/);
    expect((await listArticles(db)).articles).toHaveLength(2);
  });

  it('still offers undo when the popup is opened again within the time to undo', async () => {
    const db = await seeded();
    await show(db);
    await act(async () => buttonNamed(root().querySelector('.entry')!, 'Delete')!.click());
    await settle();
    await act(async () => render(null, root()));
    await show(db);
    expect(titles()).toEqual(['Night ferry returns']);
    expect(buttonNamed(root().querySelector('.undo-offers')!, 'Undo')).toBeDefined();
  });

  it('lists what it can read and says how many records it could not', async () => {
    const db = await seeded();
    await db.articles.put({ id: 'torn', savedAt: 3 } as never);
    await db.articles.put({
      ...(await db.articles.get(articleIdFor(ferry)))!,
      id: 'bad-progress',
      doc: 99,
      progress: 7,
    });
    await show(db);
    expect(titles()).toEqual(['Swing bridge repaired', 'Night ferry returns']);
    expect(root().querySelector('.library-unreadable')?.textContent).toBe(
      '2 saved records could not be read and are not listed.',
    );
  });

  it('says so when the library cannot be read at all, instead of failing', async () => {
    const db = await seeded();
    vi.spyOn(db.articles, 'orderBy').mockImplementation(() => {
      throw new Error('broken database');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await show(db);
    expect(root().querySelector('.notice')?.textContent).toBe(
      'Lucid Reader could not read its library. Close the popup and open it again.',
    );
  });

  it('refuses a file that is not a backup with its reason, and lists the same articles', async () => {
    const db = await seeded();
    const given = files();
    await show(db, undefined, { files: given });
    const input = root().querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'x.json')] });
    await act(async () => void input.dispatchEvent(new Event('change')));
    await settle();
    expect(given.importBackup).toHaveBeenCalledOnce();
    expect(root().querySelector('.notice')?.textContent).toBe(
      'This file is not a Lucid Reader backup. Nothing was imported.',
    );
    expect(titles()).toEqual(['Swing bridge repaired', 'Night ferry returns']);
  });

  it('lists an article an import brings back, and no longer offers to undo its deletion', async () => {
    const db = await seeded();
    const { backup } = await createBackup(db, DEFAULT_SETTINGS);
    const importing = async () => {
      await importBackup(db, backup);
      return { ok: true, message: 'Imported.' };
    };
    await show(db, undefined, { files: { ...files(), importBackup: importing } });
    await act(async () => buttonNamed(root().querySelector('.entry')!, 'Delete')!.click());
    await settle();
    expect(root().querySelector('.undo-offers')?.textContent).toContain('Swing bridge repaired');
    const input = root().querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'backup.json')] });
    await act(async () => void input.dispatchEvent(new Event('change')));
    await settle();
    expect(titles()).toEqual(['Swing bridge repaired', 'Night ferry returns']);
    expect(root().querySelector('.undo-offers')?.textContent ?? '').not.toContain('Swing bridge repaired');
  });

  it('sends import to a tab where the browser cannot choose a file from its popup', async () => {
    const importElsewhere = vi.fn();
    await show(await seeded(), undefined, { importElsewhere });
    const input = root().querySelector<HTMLInputElement>('input[type="file"]')!;
    const choose = vi.spyOn(input, 'click');
    await act(async () => buttonNamed(root(), 'Import backup…')!.click());
    expect(importElsewhere).toHaveBeenCalledOnce();
    expect(choose).not.toHaveBeenCalled();
  });

  it('says when the library is empty', async () => {
    await show(freshLibrary());
    expect(root().querySelector('.library-status')?.textContent).toBe(
      'No saved articles yet. In the reader, press Save or highlight something.',
    );
  });
});
