import { Dexie, type EntityTable } from 'dexie';
import type { Highlight } from '../highlights/types';
import { migrateToVersion2 } from './migrations';
import type { ArticleSnapshot, KeptImage, SavedArticle, WordPostings } from './records';
import { LIBRARY_DB_NAME } from './warm-library';

/**
 * The library in the extension's own IndexedDB (Dexie: transactions, versioned schema, and
 * migrations as plain code). The extension's own pages (popup, the reader in a tab) open it
 * directly; the reader shown inside a web page asks the background, because a frame embedded in a
 * page could be given a partitioned copy of storage.
 */
export class LibraryDb extends Dexie {
  articles!: EntityTable<SavedArticle, 'id'>;
  snapshots!: EntityTable<ArticleSnapshot, 'id'>;
  highlights!: EntityTable<Highlight, 'id'>;
  words!: EntityTable<WordPostings, 'word'>;
  images!: EntityTable<KeptImage, 'hash'>;

  constructor(name = LIBRARY_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      articles: 'id, savedAt',
      snapshots: 'id',
      highlights: 'id, articleId',
    });
    // Version 2: the library list (doc numbers, highlight counts, progress, undoable deletion)
    // and the search index. Only deleted articles have a deletedAt key (null is none), so that
    // index lists just them.
    this.version(2).stores({ articles: 'id, savedAt, &doc, deletedAt', words: 'word' }).upgrade(migrateToVersion2);
    // Version 3: images kept for offline reading, found by the articles that show them. A new
    // table: nothing stored before changes.
    this.version(3).stores({ images: 'hash, *articles' });
  }
}
