import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { articleIdFor } from '@/utils/library/article-id';
import { listArticles, saveArticle } from '@/utils/library/article-store';
import { LibraryDb } from '@/utils/library/library-db';
import { warmLibrary } from '@/utils/library/warm-library';
import { sampleArticle } from '../support/library';

/** Warms the library of `indexedDB`; resolves with how the browser answered the opening. */
function warmed(indexedDB: IDBFactory): Promise<string> {
  return new Promise((resolve) => {
    warmLibrary({
      open: (name: string) => {
        const request = indexedDB.open(name);
        request.addEventListener('success', () => resolve('opened'));
        request.addEventListener('error', () => resolve(request.error?.name ?? 'error'));
        return request;
      },
    } as IDBFactory);
  });
}

describe('opening the library early', () => {
  it('makes no library where there is none: the popup makes it, with its schema, and saves into it', async () => {
    const indexedDB = new IDBFactory();
    expect(await warmed(indexedDB)).toBe('AbortError');
    expect(await indexedDB.databases()).toEqual([]);
    const db = new LibraryDb(undefined, { indexedDB, IDBKeyRange });
    await saveArticle(db, articleIdFor(sampleArticle), sampleArticle);
    expect((await listArticles(db)).articles.map((a) => a.title)).toEqual([sampleArticle.title]);
  });

  it('leaves a library as it was, to be opened as always', async () => {
    const indexedDB = new IDBFactory();
    const first = new LibraryDb(undefined, { indexedDB, IDBKeyRange });
    await saveArticle(first, articleIdFor(sampleArticle), sampleArticle);
    first.close();
    expect(await warmed(indexedDB)).toBe('opened');
    const db = new LibraryDb(undefined, { indexedDB, IDBKeyRange });
    expect((await listArticles(db)).articles.map((a) => a.title)).toEqual([sampleArticle.title]);
  });
});
