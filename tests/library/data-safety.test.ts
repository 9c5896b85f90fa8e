import { describe, expect, it, vi } from 'vitest';
import { libraryInDatabase } from '@/utils/extension/message-client';
import type { Article } from '@/utils/extract/article';
import type { Highlight } from '@/utils/highlights/types';
import { articleIdFor } from '@/utils/library/article-id';
import { listArticles, saveArticle } from '@/utils/library/article-store';
import { deleteHighlight, loadHighlights, saveHighlight, updateHighlight } from '@/utils/library/highlight-store';
import type { LibraryDb } from '@/utils/library/library-db';
import { searchLibrary } from '@/utils/library/search-library';
import { freshLibrary, highlightOf, quotaError, sampleArticle } from '../support/library';

function story(i: number): Article {
  const url = `https://harbour.example/story-${i}`;
  const text = `Story ${i} begins at the quay. The ferry number ${i} sails at dawn.\nPassengers wait in the rain.`;
  return { ...sampleArticle, url, canonicalUrl: url, title: `Story ${i}`, text, html: `<p>${text}</p>` };
}

/** Everything the library holds, in a fixed order: equal checksums mean nothing changed. */
async function contents(db: LibraryDb): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(tables);
}

describe('many readers writing at once', () => {
  it('loses nothing and duplicates nothing: 10 tabs, 50 operations each', async () => {
    const name = `library-${crypto.randomUUID()}`;
    const tabs = Array.from({ length: 10 }, () => freshLibrary(name));
    const kept: Highlight[] = [];
    const removed = new Set<string>();
    await Promise.all(
      tabs.map(async (db, tab) => {
        // Each tab reads three articles; neighbouring tabs share one, so saves race on the same records.
        const articles = [story(tab), story(tab + 1), story(100 + tab)];
        for (let op = 0; op < 50; op++) {
          const article = articles[op % 3]!;
          const articleId = articleIdFor(article);
          if (op % 10 === 0) {
            await saveArticle(db, articleId, article);
            continue;
          }
          const highlight = highlightOf(article.text, op % 2 ? 'the quay' : 'sails at dawn', {
            articleId,
            note: `tab ${tab} op ${op}`,
          });
          await saveHighlight(db, article, highlight);
          if (op % 7 === 0) {
            await updateHighlight(db, highlight.id, { color: 'green', note: `changed ${op}` });
            kept.push({ ...highlight, color: 'green', note: `changed ${op}` });
          } else if (op % 9 === 0) {
            await deleteHighlight(db, highlight.id);
            removed.add(highlight.id);
          } else {
            kept.push(highlight);
          }
        }
      }),
    );
    const db = tabs[0]!;
    const { articles, unreadable } = await listArticles(db);
    expect(unreadable).toBe(0);
    expect(articles).toHaveLength(21); // stories 0–10 and 100–109, each once
    expect(new Set(articles.map((a) => a.doc)).size).toBe(21);
    const stored = (await Promise.all(articles.map((a) => loadHighlights(db, a.id)))).flatMap((r) => r.highlights);
    expect(stored).toHaveLength(kept.length);
    const byId = new Map(stored.map((h) => [h.id, h]));
    for (const h of kept) expect(byId.get(h.id)).toMatchObject({ color: h.color, note: h.note });
    for (const id of removed) expect(byId.has(id)).toBe(false);
    // Every article's count is its highlights, however the saves interleaved.
    for (const a of articles) expect(a.highlightCount).toBe(stored.filter((h) => h.articleId === a.id).length);
  });
});

describe('storage refusing a write part-way', () => {
  it('says why in one sentence, writes no part of the save, and leaves every other record as it was', async () => {
    const db = freshLibrary();
    for (let i = 0; i < 5; i++)
      await saveHighlight(db, story(i), highlightOf(story(i).text, 'the quay', { articleId: articleIdFor(story(i)) }));
    const before = await contents(db);
    const quota = quotaError();
    // The last write of the save (the search index) is the one refused.
    const put = vi.spyOn(db.words, 'bulkPut').mockRejectedValueOnce(quota);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fresh = story(9);
    const reply = await libraryInDatabase(db)['save-highlight']({
      article: fresh,
      highlight: highlightOf(fresh.text, 'the quay', { articleId: articleIdFor(fresh) }),
    });
    put.mockRestore();
    expect(reply).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The browser has no room left for Lucid Reader's library, so the highlight was not saved\./,
      ),
    });
    expect(await contents(db)).toBe(before);
  });
});

describe('damaged records', () => {
  it('are skipped and counted by the list, the reader and search, which go on with the rest', async () => {
    const db = freshLibrary();
    const good = story(1);
    await saveHighlight(
      db,
      good,
      highlightOf(good.text, 'the quay', { articleId: articleIdFor(good), note: 'dawn crossing' }),
    );
    await db.articles.put({ id: 'https://x.example/', title: 42 } as never);
    await db.highlights.put({ id: 'h-bad', articleId: articleIdFor(good), selectors: 'none' } as never);
    await db.words.put({ word: 'quay', docs: 'everything' } as never);
    await db.snapshots.put({ id: articleIdFor(good), html: null, text: 7 } as never);

    const list = await listArticles(db);
    expect(list.articles.map((a) => a.title)).toEqual(['Story 1']);
    expect(list.unreadable).toBe(1);
    expect(await loadHighlights(db, articleIdFor(good))).toMatchObject({
      unreadable: 1,
      highlights: [{ note: 'dawn crossing' }],
    });
    expect((await searchLibrary(db, list.articles, 'dawn', 10)).results.map((r) => r.reason.kind)).toEqual([
      'highlight',
    ]);
    expect((await searchLibrary(db, list.articles, 'quay', 10)).results).toEqual([]);
    // The damaged index entry is rewritten whole by the next save that touches it.
    await saveArticle(db, articleIdFor(story(2)), story(2));
    expect(
      (await searchLibrary(db, (await listArticles(db)).articles, 'quay', 10)).results.map((r) => r.article.title),
    ).toEqual(['Story 2']);
  });
});
