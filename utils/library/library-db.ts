import { Dexie, type EntityTable } from 'dexie';
import type { Highlight } from '../highlights/types';
import type { ArticleSnapshot, SavedArticle } from './records';

export const LIBRARY_DB_NAME = 'lucid-reader-library';

/**
 * The library in the extension's own IndexedDB (Dexie: transactions, versioned schema, and
 * migrations as plain code). Only the background opens it: the page never sees it, and the reader
 * frame, being embedded in a web page, could be given a partitioned copy of storage.
 */
export class LibraryDb extends Dexie {
  articles!: EntityTable<SavedArticle, 'id'>;
  snapshots!: EntityTable<ArticleSnapshot, 'id'>;
  highlights!: EntityTable<Highlight, 'id'>;

  constructor(name = LIBRARY_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      articles: 'id, savedAt',
      snapshots: 'id',
      highlights: 'id, articleId',
    });
  }
}
