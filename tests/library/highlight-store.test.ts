import { describe, expect, it, vi } from 'vitest';
import { articleIdFor } from '@/utils/library/article-id';
import { deleteHighlight, loadHighlights, saveHighlight, updateHighlight } from '@/utils/library/highlight-store';
import { freshLibrary, highlightOf, quotaError, sampleArticle } from '../support/library';

const ID = articleIdFor(sampleArticle);
const TEXT = sampleArticle.text;

describe('the highlight store', () => {
  it('saves the article, its snapshot and the first highlight together, and gives the highlight back', async () => {
    const db = freshLibrary();
    const highlight = highlightOf(TEXT, 'phone conversation', { note: 'Check the date' });
    await saveHighlight(db, sampleArticle, highlight, 1000);
    expect(await loadHighlights(db, ID)).toEqual({ saved: true, highlights: [highlight], unreadable: 0, progress: 0 });
    const saved = await db.articles.get(ID);
    expect(saved).toMatchObject({ id: ID, title: sampleArticle.title, savedAt: 1000 });
    expect(saved).not.toHaveProperty('html');
    expect(await db.snapshots.get(ID)).toEqual({ id: ID, html: sampleArticle.html, text: TEXT });
  });

  it('keeps the snapshot the first highlight was made on when later highlights come from a changed page', async () => {
    const db = freshLibrary();
    await saveHighlight(db, sampleArticle, highlightOf(TEXT, 'two leaders'), 1000);
    const changed = { ...sampleArticle, html: '<p>Rewritten.</p>', text: 'Rewritten.' };
    await saveHighlight(db, changed, highlightOf('Rewritten.', 'Rewritten'), 2000);
    expect((await db.snapshots.get(ID))?.text).toBe(TEXT);
    expect(await db.articles.get(ID)).toMatchObject({ savedAt: 1000, updatedAt: 2000 });
    expect((await loadHighlights(db, ID)).highlights).toHaveLength(2);
  });

  it('reports an article with no highlights as not saved', async () => {
    expect(await loadHighlights(freshLibrary(), ID)).toEqual({
      saved: false,
      highlights: [],
      unreadable: 0,
      progress: 0,
    });
  });

  it('changes colour and note, and says when the highlight was deleted meanwhile', async () => {
    const db = freshLibrary();
    const highlight = highlightOf(TEXT, 'the city');
    await saveHighlight(db, sampleArticle, highlight);
    expect(await updateHighlight(db, highlight.id, { color: 'pink', note: 'Which city?' }, 5000)).toBe(true);
    expect((await loadHighlights(db, ID)).highlights[0]).toMatchObject({
      color: 'pink',
      note: 'Which city?',
      updatedAt: 5000,
    });
    await deleteHighlight(db, highlight.id);
    expect(await updateHighlight(db, highlight.id, { note: 'too late' })).toBe(false);
    expect(await loadHighlights(db, ID)).toMatchObject({ saved: true, highlights: [] });
  });

  it('skips and counts records that are corrupted, listing the rest', async () => {
    const db = freshLibrary();
    const good = highlightOf(TEXT, 'phone');
    await saveHighlight(db, sampleArticle, good);
    await db.highlights.bulkPut([
      { id: 'broken-1', articleId: ID } as never,
      { ...good, id: 'broken-2', color: 'chartreuse' } as never,
      { ...good, id: 'broken-3', selectors: { quote: { exact: '' }, position: { start: 4, end: 2 } } } as never,
    ]);
    expect(await loadHighlights(db, ID)).toEqual({ saved: true, highlights: [good], unreadable: 3, progress: 0 });
  });

  it('writes nothing at all when the write fails part-way (quota exceeded)', async () => {
    const db = freshLibrary();
    const first = highlightOf(TEXT, 'two leaders');
    await saveHighlight(db, sampleArticle, first);
    const before = { articles: await db.articles.toArray(), highlights: await db.highlights.toArray() };

    const other = { ...sampleArticle, url: 'https://news.example/other', canonicalUrl: 'https://news.example/other' };
    const quota = quotaError();
    const put = vi.spyOn(db.highlights, 'put').mockRejectedValueOnce(quota);
    await expect(
      saveHighlight(db, other, highlightOf(TEXT, 'the city', { articleId: articleIdFor(other) })),
    ).rejects.toThrow('quota');
    put.mockRestore();

    expect(await db.articles.toArray()).toEqual(before.articles);
    expect(await db.snapshots.get(articleIdFor(other))).toBeUndefined();
    expect(await db.highlights.toArray()).toEqual(before.highlights);
  });

  it('loses nothing when two readers save highlights of the same article at the same moment', async () => {
    const name = `library-${crypto.randomUUID()}`;
    const tabs = [freshLibrary(name), freshLibrary(name)];
    const made = Array.from({ length: 40 }, (_, i) =>
      highlightOf(TEXT, i % 2 ? 'two leaders' : 'the city', { note: `n${i}` }),
    );
    await Promise.all(made.map((h, i) => saveHighlight(tabs[i % 2]!, sampleArticle, h)));
    const stored = (await loadHighlights(tabs[0]!, ID)).highlights;
    expect(stored.map((h) => h.id).toSorted()).toEqual(made.map((h) => h.id).toSorted());
    expect(await tabs[1]!.articles.count()).toBe(1);
  });
});
