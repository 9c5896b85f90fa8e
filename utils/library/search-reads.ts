import type { LibraryDb } from './library-db';
import { foldCase } from './search-words';
import { MemoryWordIndex } from './memory-word-index';
import { findDocs } from './word-index';

/** An article's text, and the same folded as search compares it. */
export interface SearchText {
  text: string;
  folded: string;
}

/** Articles whose highlights and texts are kept between searches: those of a few pages of results. */
const KEPT_ARTICLES = 200;

/** Keeps `map` to the `KEPT_ARTICLES` most recently added. */
function trim<V>(map: Map<string, V>): void {
  for (const key of map.keys()) {
    if (map.size <= KEPT_ARTICLES) return;
    map.delete(key);
  }
}

/**
 * What a search reads from the library: the word index, and each candidate's highlights and text.
 * One instance serves the searches of one list (a popup while it is open, key after key): what it
 * read for one key is kept for the next, and `loadIndex` puts the word index in memory.
 */
export class SearchReads {
  private index: MemoryWordIndex | null = null;
  private loading: Promise<void> | undefined;
  private readonly highlightsOf = new Map<string, unknown[]>();
  private readonly textOf = new Map<string, SearchText>();
  /** Reads a search is waiting for now. */
  private pending = 0;

  constructor(private readonly db: LibraryDb) {}

  /** Runs `read` of the database for a search, counted in `pending`. */
  private async reading<T>(read: () => Promise<T>): Promise<T> {
    this.pending++;
    try {
      return await read();
    } finally {
      this.pending--;
    }
  }

  /** Resolves once no search has waited on the database for a task: its next read would have started. */
  private async idle(): Promise<void> {
    do await new Promise((resolve) => setTimeout(resolve));
    while (this.pending > 0);
  }

  /**
   * Reads the word index into memory, once however often asked; until then, and if that fails,
   * each search asks the database. The index is read between the reads of searches, which would
   * wait behind it.
   */
  loadIndex(): Promise<void> {
    this.loading ??= MemoryWordIndex.load(this.db.words, () => this.idle()).then((index) => {
      this.index = index;
    });
    return this.loading;
  }

  /** The articles holding a word starting with each of `words`; null for no words. */
  findDocs(words: string[]): Promise<Set<number> | null> | Set<number> | null {
    return this.index ? this.index.findDocs(words) : this.reading(() => findDocs(this.db.words, words));
  }

  /** The highlight records of each of `ids`, as stored. */
  async highlights(ids: string[]): Promise<unknown[][]> {
    const missing = ids.filter((id) => !this.highlightsOf.has(id));
    if (missing.length === 0) return ids.map((id) => this.highlightsOf.get(id)!);
    // One lookup per article, together in one read transaction. Dexie's anyOf walks one cursor
    // between the ids instead, which took 60-80 ms for 25 articles spread over a large library
    // (the newest of 5,000, from many sites) against about 10 ms this way (scripts/bench-library.ts).
    const read = await this.reading(() =>
      this.db.transaction('r', this.db.highlights, () =>
        Promise.all(
          missing.map((id): Promise<unknown[]> => this.db.highlights.where('articleId').equals(id).toArray()),
        ),
      ),
    );
    for (const [i, id] of missing.entries()) this.highlightsOf.set(id, read[i]!);
    const found = ids.map((id) => this.highlightsOf.get(id)!);
    trim(this.highlightsOf);
    return found;
  }

  /** The text of each of `ids` (empty for one without a readable snapshot), read in one go. */
  async texts(ids: string[]): Promise<Map<string, SearchText>> {
    const missing = ids.filter((id) => !this.textOf.has(id));
    const snapshots = missing.length > 0 ? await this.reading(() => this.db.snapshots.bulkGet(missing)) : [];
    for (const [i, id] of missing.entries()) {
      const text = snapshots[i]?.text;
      const body = typeof text === 'string' ? text : '';
      this.textOf.set(id, { text: body, folded: foldCase(body) });
    }
    const found = new Map(ids.map((id) => [id, this.textOf.get(id)!]));
    trim(this.textOf);
    return found;
  }
}
