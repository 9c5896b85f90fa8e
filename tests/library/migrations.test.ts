import { describe, expect, it } from 'vitest';
import { articleIdFor } from '@/utils/library/article-id';
import { listArticles } from '@/utils/library/article-store';
import { loadHighlights } from '@/utils/library/highlight-store';
import { searchLibrary } from '@/utils/library/search-library';
import { freshLibrary, highlightOf, sampleArticle, versionOneLibrary } from '../support/library';

const ID = articleIdFor(sampleArticle);

/** A library as version 1 left it: articles without doc numbers or counts, and no search index. */
async function seedVersion1(name: string) {
  const v1 = versionOneLibrary(name);
  const { html: _h, text: _t, ...metadata } = sampleArticle;
  const other = 'https://news.example/older';
  const highlight = highlightOf(sampleArticle.text, 'the city', { note: 'Aleppo in winter' });
  await v1.table('articles').bulkPut([
    { ...metadata, id: ID, savedAt: 2000, updatedAt: 2000 },
    { ...metadata, id: other, url: other, canonicalUrl: other, title: 'Older story', savedAt: 1000, updatedAt: 1000 },
  ]);
  await v1.table('snapshots').bulkPut([
    { id: ID, html: sampleArticle.html, text: sampleArticle.text },
    { id: other, html: '<p>Harbour ferries.</p>', text: 'Harbour ferries.' },
  ]);
  await v1
    .table('highlights')
    .bulkPut([highlight, highlightOf(sampleArticle.text, 'two leaders'), { id: 'torn', articleId: ID }]);
  v1.close();
  return highlight;
}

describe('migrating the library from version 1', () => {
  it('numbers the articles, counts their highlights and indexes them, keeping every record', async () => {
    const name = `library-${crypto.randomUUID()}`;
    const highlight = await seedVersion1(name);
    const db = freshLibrary(name);
    await db.open();
    expect(db.verno).toBe(3);
    const { articles, unreadable } = await listArticles(db);
    expect(unreadable).toBe(0);
    expect(articles.map((a) => [a.title, a.doc, a.highlightCount, a.progress, a.deletedAt])).toEqual([
      ['Assad Thanks Putin', 2, 2, 0, null],
      ['Older story', 1, 0, 0, null],
    ]);
    // Unreadable highlights are kept (and reported by the reader), never dropped by a migration.
    expect(await db.highlights.count()).toBe(3);
    expect((await loadHighlights(db, ID)).unreadable).toBe(1);
    const byNote = await searchLibrary(db, articles, 'winter', 10);
    expect(byNote.results.map((r) => r.reason)).toEqual([
      { kind: 'highlight', highlightId: highlight.id, text: 'the city', note: 'Aleppo in winter' },
    ]);
    expect((await searchLibrary(db, articles, 'ferries', 10)).results.map((r) => r.article.title)).toEqual([
      'Older story',
    ]);
    db.close();

    // Opening again runs nothing twice.
    const again = freshLibrary(name);
    expect((await listArticles(again)).articles.map((a) => a.doc)).toEqual([2, 1]);
    expect(await again.words.get('winter')).toEqual({ word: 'winter', docs: [2] });
  });

  it('gives a library that never had version 1 the current schema', async () => {
    const db = freshLibrary();
    await db.open();
    const tables = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.name, ...t.schema.indexes.map((i) => i.name)]]),
    );
    expect(tables).toEqual({
      articles: ['id', 'savedAt', 'doc', 'deletedAt'],
      snapshots: ['id'],
      highlights: ['id', 'articleId'],
      words: ['word'],
      images: ['hash', 'articles'],
    });
  });
});
