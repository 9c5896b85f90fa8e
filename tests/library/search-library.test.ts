import { describe, expect, it } from 'vitest';
import type { Article } from '@/utils/extract/article';
import { articleIdFor } from '@/utils/library/article-id';
import { listArticles, saveArticle } from '@/utils/library/article-store';
import { deleteHighlight, saveHighlight, updateHighlight } from '@/utils/library/highlight-store';
import { isSearch, searchLibrary } from '@/utils/library/search-library';
import { SearchReads } from '@/utils/library/search-reads';
import { freshLibrary, highlightOf, sampleArticle } from '../support/library';

function story(path: string, title: string, text: string, siteName = 'Harbour News'): Article {
  const url = `https://harbour.example/${path}`;
  return { ...sampleArticle, url, canonicalUrl: url, title, siteName, byline: null, text, html: `<p>${text}</p>` };
}

const ferry = story(
  'ferry',
  'Night ferry returns',
  'The night ferry left at nine. Passengers cheered on the quay.\nThe café reopened for the crossing.',
);
const bridge = story(
  'bridge',
  'Swing bridge repaired',
  'Engineers replaced the gears. Traffic resumed by noon.',
  'Quayside Times',
);
const eider = story('eider', 'Common eider', 'Eiders nest on the islands. Their down is soft.');

async function library() {
  const db = freshLibrary();
  for (const [i, article] of [ferry, bridge, eider].entries())
    await saveArticle(db, articleIdFor(article), article, 1000 * (i + 1));
  const note = highlightOf(eider.text, 'down is soft', { articleId: articleIdFor(eider), note: 'Pillows in Norway' });
  await saveHighlight(db, eider, note, 5000);
  return { db, articles: (await listArticles(db)).articles, note };
}

const titles = (page: { results: { article: { title: string } }[] }) => page.results.map((r) => r.article.title);

describe('searching the library', () => {
  it('finds by title, site, text, highlight and note, as the words are being typed, and says where', async () => {
    const { db, articles, note } = await library();
    expect(await searchLibrary(db, articles, 'swing', 10)).toEqual({
      results: [{ article: articles[1], reason: { kind: 'title' } }],
      more: false,
    });
    expect((await searchLibrary(db, articles, 'quaysi', 10)).results.map((r) => r.reason)).toEqual([{ kind: 'site' }]);
    expect((await searchLibrary(db, articles, 'passeng', 10)).results.map((r) => r.reason)).toEqual([
      { kind: 'text', text: 'Passengers cheered on the quay.' },
    ]);
    const byNote = await searchLibrary(db, articles, 'pillows norw', 10);
    expect(byNote.results.map((r) => r.reason)).toEqual([
      { kind: 'highlight', highlightId: note.id, text: 'down is soft', note: 'Pillows in Norway' },
    ]);
  });

  it('ignores case and accents, and needs every word, wherever each one is', async () => {
    const { db, articles } = await library();
    expect(titles(await searchLibrary(db, articles, 'CAFE', 10))).toEqual(['Night ferry returns']);
    expect(titles(await searchLibrary(db, articles, 'harbour nine', 10))).toEqual(['Night ferry returns']);
    expect(titles(await searchLibrary(db, articles, 'ferry gears', 10))).toEqual([]);
    expect(titles(await searchLibrary(db, articles, 'the', 10))).toEqual([
      'Common eider',
      'Swing bridge repaired',
      'Night ferry returns',
    ]);
  });

  it('shows a page at a time, newest first, and says when there is more', async () => {
    const { db, articles } = await library();
    const first = await searchLibrary(db, articles, 'the', 2);
    expect(titles(first)).toEqual(['Common eider', 'Swing bridge repaired']);
    expect(first.more).toBe(true);
  });

  it('never shows an article for words it no longer holds (a deleted highlight, a changed note)', async () => {
    const { db, articles, note } = await library();
    await updateHighlight(db, note.id, { note: 'Duvets' });
    expect(titles(await searchLibrary(db, articles, 'pillows', 10))).toEqual([]);
    expect(titles(await searchLibrary(db, articles, 'duvets', 10))).toEqual(['Common eider']);
    await deleteHighlight(db, note.id);
    expect(titles(await searchLibrary(db, articles, 'duvets', 10))).toEqual([]);
  });

  it('searches only the articles it is given (the list without deleted ones, or those with highlights)', async () => {
    const { db, articles } = await library();
    expect(
      titles(
        await searchLibrary(
          db,
          articles.filter((a) => a.highlightCount > 0),
          'the',
          10,
        ),
      ),
    ).toEqual(['Common eider']);
  });

  it('finds the same, key after key, with the word index read into memory and a damaged entry in it', async () => {
    const { db, articles } = await library();
    await db.words.put({ word: 'passenger', docs: 'damaged' as never });
    await db.words.put({ word: 'quayside', docs: [1, 99_999_999, -1, 'x' as never] });
    const reads = new SearchReads(db);
    await reads.loadIndex();
    for (const query of ['pa', 'pas', 'passeng', 'qu', 'quay', 'the', 'harbour nine', 'cafe', 'ferry gears', 'swing']) {
      expect(await searchLibrary(db, articles, query, 10, reads)).toEqual(await searchLibrary(db, articles, query, 10));
    }
  });

  it('treats a query without a word of two letters as no search', () => {
    expect(isSearch('  a ')).toBe(false);
    expect(isSearch('ab')).toBe(true);
  });
});
