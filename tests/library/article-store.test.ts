import { describe, expect, it, vi } from 'vitest';
import { articleIdFor } from '@/utils/library/article-id';
import {
  deleteArticle,
  listArticles,
  loadSavedArticle,
  purgeDeleted,
  recentlyDeleted,
  saveArticle,
  setProgress,
  UNDO_DELETE_MS,
  undoDelete,
} from '@/utils/library/article-store';
import { deleteHighlight, loadHighlights, saveHighlight } from '@/utils/library/highlight-store';
import { findDocs } from '@/utils/library/word-index';
import { freshLibrary, highlightOf, quotaError, sampleArticle } from '../support/library';

const ID = articleIdFor(sampleArticle);
const TEXT = sampleArticle.text;

function articleAt(path: string, title: string) {
  const url = `https://news.example/${path}`;
  return { ...sampleArticle, url, canonicalUrl: url, title };
}

describe('saving an article', () => {
  it('keeps its metadata, its text apart, and its words in the index; saving twice changes nothing', async () => {
    const db = freshLibrary();
    const first = await saveArticle(db, ID, sampleArticle, 1000);
    const again = await saveArticle(db, ID, sampleArticle, 2000);
    expect(again).toEqual(first);
    expect(await db.articles.count()).toBe(1);
    expect(first).toMatchObject({
      id: ID,
      title: 'Assad Thanks Putin',
      savedAt: 1000,
      highlightCount: 0,
      progress: 0,
      deletedAt: null,
    });
    expect(first).not.toHaveProperty('html');
    expect(await db.snapshots.get(ID)).toEqual({ id: ID, html: sampleArticle.html, text: TEXT });
    expect(await findDocs(db.words, ['conversation'])).toEqual(new Set([first.doc]));
    expect(await loadHighlights(db, ID)).toMatchObject({ saved: true, highlights: [] });
  });

  it('counts highlights as they are made and removed', async () => {
    const db = freshLibrary();
    const a = highlightOf(TEXT, 'two leaders');
    const b = highlightOf(TEXT, 'the city', { note: 'Aleppo' });
    await saveHighlight(db, sampleArticle, a);
    await saveHighlight(db, sampleArticle, b);
    await saveHighlight(db, sampleArticle, { ...b, color: 'pink' }); // the same highlight again
    expect((await db.articles.get(ID))?.highlightCount).toBe(2);
    await deleteHighlight(db, a.id);
    await deleteHighlight(db, a.id);
    expect((await db.articles.get(ID))?.highlightCount).toBe(1);
  });

  it('writes nothing when the browser refuses the space (quota), and the rest stays', async () => {
    const db = freshLibrary();
    await saveArticle(db, ID, sampleArticle);
    const other = articleAt('other', 'Other');
    const quota = quotaError();
    const put = vi.spyOn(db.snapshots, 'put').mockRejectedValueOnce(quota);
    await expect(saveArticle(db, articleIdFor(other), other)).rejects.toThrow('quota');
    put.mockRestore();
    expect((await listArticles(db)).articles.map((a) => a.id)).toEqual([ID]);
    expect(await db.snapshots.count()).toBe(1);
    expect(await findDocs(db.words, ['other'])).toEqual(new Set());
  });
});

describe('the list', () => {
  it('is newest first, leaves out deleted articles and counts the records it cannot read', async () => {
    const db = freshLibrary();
    for (const [i, name] of ['one', 'two', 'three'].entries()) {
      const article = articleAt(name, name);
      await saveArticle(db, articleIdFor(article), article, 1000 * (i + 1));
    }
    await deleteArticle(db, articleIdFor(articleAt('two', '')));
    await db.articles.put({ id: 'broken', savedAt: 5 } as never);
    await db.articles.put({ id: 'no-time' } as never);
    const list = await listArticles(db);
    expect(list.articles.map((a) => a.title)).toEqual(['three', 'one']);
    expect(list.unreadable).toBe(2);
    expect((await listArticles(db, 1)).articles.map((a) => a.title)).toEqual(['three']);
  });
});

describe('deleting', () => {
  it('hides the article at once, and brings it back with its highlights on undo', async () => {
    const db = freshLibrary();
    const highlight = highlightOf(TEXT, 'phone conversation', { note: 'Date?' });
    await saveHighlight(db, sampleArticle, highlight, 1000);
    expect(await deleteArticle(db, ID, 2000)).toBe(true);
    expect((await listArticles(db)).articles).toEqual([]);
    expect(await loadHighlights(db, ID)).toMatchObject({ saved: false, highlights: [] });
    expect((await recentlyDeleted(db, 3000)).map((a) => a.id)).toEqual([ID]);
    expect(await undoDelete(db, ID)).toBe(true);
    expect((await listArticles(db)).articles.map((a) => a.id)).toEqual([ID]);
    expect((await loadHighlights(db, ID)).highlights).toEqual([highlight]);
  });

  it('purges the article, its text, highlights and index entries once the time to undo has passed', async () => {
    const db = freshLibrary();
    await saveHighlight(db, sampleArticle, highlightOf(TEXT, 'the city', { note: 'Aleppo' }), 1000);
    await deleteArticle(db, ID, 2000);
    expect(await purgeDeleted(db, 2000 + UNDO_DELETE_MS - 1)).toBe(0);
    expect(await purgeDeleted(db, 2000 + UNDO_DELETE_MS)).toBe(1);
    expect(await undoDelete(db, ID)).toBe(false);
    expect([
      await db.articles.count(),
      await db.snapshots.count(),
      await db.highlights.count(),
      await db.words.count(),
    ]).toEqual([0, 0, 0, 0]);
  });

  it('never brings deleted highlights back when the article is saved again meanwhile', async () => {
    const db = freshLibrary();
    await saveHighlight(db, sampleArticle, highlightOf(TEXT, 'two leaders'), 1000);
    await deleteArticle(db, ID, 2000);
    const fresh = highlightOf(TEXT, 'the city');
    await saveHighlight(db, sampleArticle, fresh, 3000);
    expect((await loadHighlights(db, ID)).highlights).toEqual([fresh]);
    expect(await db.articles.get(ID)).toMatchObject({ savedAt: 3000, highlightCount: 1, deletedAt: null });
    expect(await undoDelete(db, ID)).toBe(false);
  });

  it('loses nothing and resurrects nothing when two windows save and delete at once', async () => {
    const name = `library-${crypto.randomUUID()}`;
    const [a, b] = [freshLibrary(name), freshLibrary(name)];
    const articles = Array.from({ length: 20 }, (_, i) => articleAt(`story-${i}`, `Story ${i}`));
    await Promise.all(articles.map((article, i) => saveArticle(i % 2 ? a : b, articleIdFor(article), article, i + 1)));
    // Window A deletes the even ones while window B highlights the odd ones.
    await Promise.all(
      articles.map((article, i) => {
        const id = articleIdFor(article);
        return i % 2 === 0
          ? deleteArticle(a, id, 100)
          : saveHighlight(b, article, highlightOf(TEXT, 'the city', { articleId: id }), 200);
      }),
    );
    await purgeDeleted(b, 100 + UNDO_DELETE_MS);
    const listed = (await listArticles(a)).articles;
    expect(listed.map((x) => x.title).toSorted()).toEqual(
      articles
        .filter((_, i) => i % 2)
        .map((x) => x.title)
        .toSorted(),
    );
    expect(listed.every((x) => x.highlightCount === 1)).toBe(true);
    expect(await a.highlights.count()).toBe(10);
    expect(await a.snapshots.count()).toBe(10);
  });
});

describe('reading progress and the saved text', () => {
  it('remembers progress for saved articles only, and gives the article back from its snapshot', async () => {
    const db = freshLibrary();
    await setProgress(db, ID, 0.5);
    expect(await db.articles.count()).toBe(0);
    await saveArticle(db, ID, sampleArticle, 1000);
    await setProgress(db, ID, 0.42);
    expect(await loadHighlights(db, ID)).toMatchObject({ progress: 0.42 });
    const saved = await loadSavedArticle(db, ID);
    expect(saved?.article).toEqual(sampleArticle);
    expect(saved?.record.progress).toBe(0.42);
    await deleteArticle(db, ID);
    await setProgress(db, ID, 0.9);
    expect((await db.articles.get(ID))?.progress).toBe(0.42);
    expect(await loadSavedArticle(db, ID)).toBeNull();
  });
});
