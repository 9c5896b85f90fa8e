import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { Article } from '@/utils/extract/article';
import { describeOffsets } from '@/utils/highlights/describe-range';
import type { Highlight } from '@/utils/highlights/types';
import { articleIdFor } from '@/utils/library/article-id';
import { LibraryDb } from '@/utils/library/library-db';

/** The library `name` as version 1 of the extension declared it, to seed the shapes it stored. */
export function versionOneLibrary(name: string): Dexie {
  const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
  v1.version(1).stores({ articles: 'id, savedAt', snapshots: 'id', highlights: 'id, articleId' });
  return v1;
}

/** The error IndexedDB gives when the browser's storage quota is used up. */
export function quotaError(): Error {
  return Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
}

/** A library of its own for each call, on fake-indexeddb (real IndexedDB semantics, in memory). */
export function freshLibrary(name = `library-${crypto.randomUUID()}`): LibraryDb {
  return new LibraryDb(name, { indexedDB, IDBKeyRange });
}

export const sampleArticle: Article = {
  url: 'https://news.example/2016/aleppo?utm_source=newsletter',
  canonicalUrl: 'https://news.example/2016/aleppo',
  title: 'Assad Thanks Putin',
  byline: 'Jane Doe',
  siteName: 'Christian Times',
  publishedTime: '2016-12-24T08:47:00Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: 'A phone call.',
  leadImage: null,
  html: '<p>The two leaders had a phone conversation.</p><p>They spoke about the city.</p>',
  text: 'The two leaders had a phone conversation.\nThey spoke about the city.',
  wordCount: 12,
  readingMinutes: 1,
};

/** A highlight of `quote` in `text` (first occurrence), made now. */
export function highlightOf(text: string, quote: string, changes: Partial<Highlight> = {}): Highlight {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  const now = Date.now();
  return {
    id: crypto.randomUUID(),
    articleId: articleIdFor(sampleArticle),
    selectors: describeOffsets(text, start, start + quote.length)!,
    color: 'yellow',
    note: '',
    createdAt: now,
    updatedAt: now,
    ...changes,
  };
}
