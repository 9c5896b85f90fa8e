import type { WordTable } from './word-index';

/**
 * Entries read per request: a search asking the database meanwhile waits behind one read at
 * most, a few milliseconds.
 */
const ENTRIES_PER_READ = 200;
/** Doc numbers count up from 1; a larger one is damage and never names an article. */
const MAX_DOC = 2 ** 22;

/** A damaged entry's doc numbers are skipped, as `findDocs` in word-index.ts skips them. */
function docsOf(row: unknown): number[] {
  const docs = (row as { docs?: unknown } | undefined)?.docs;
  return Array.isArray(docs) ? docs.filter((doc) => Number.isSafeInteger(doc) && doc >= 0 && doc < MAX_DOC) : [];
}

/**
 * The word index (see word-index.ts) read into memory once, so that each key of a search looks
 * its words up without a round trip to the database: a lookup by prefix walks a sorted array.
 */
export class MemoryWordIndex {
  private constructor(
    /** In the database's key order, which is the order of `<` on strings. */
    private readonly words: string[],
    private readonly docs: number[][],
    private readonly maxDoc: number,
  ) {}

  /**
   * Reads the whole index, a part at a time, each once `beforeRead` resolves; throws when the
   * database cannot be read.
   */
  static async load(index: WordTable, beforeRead = async () => {}): Promise<MemoryWordIndex> {
    const words: string[] = [];
    const docs: number[][] = [];
    let maxDoc = 0;
    let last: unknown;
    for (;;) {
      await beforeRead();
      const rows: unknown[] = await (last === undefined ? index.orderBy('word') : index.where('word').above(last))
        .limit(ENTRIES_PER_READ)
        .toArray();
      for (const row of rows) {
        const { word } = row as { word: unknown };
        last = word;
        // Only a damaged entry has a key of another type: those sort before or after all strings, so the words stay in order.
        if (typeof word !== 'string') continue;
        const own = docsOf(row);
        words.push(word);
        docs.push(own);
        for (const doc of own) if (doc > maxDoc) maxDoc = doc;
      }
      if (rows.length < ENTRIES_PER_READ) return new MemoryWordIndex(words, docs, maxDoc);
    }
  }

  /** The first position whose word is not before `prefix`. */
  private firstFrom(prefix: string): number {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.words[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The articles holding a word starting with each of `query` (all of them), as `findDocs` answers. Null for an empty query. */
  findDocs(query: string[]): Set<number> | null {
    if (query.length === 0) return null;
    // How many query words each doc has so far: one pass per word, no set built in between.
    const hits = new Uint16Array(this.maxDoc + 1);
    for (const [k, prefix] of query.entries()) {
      for (let i = this.firstFrom(prefix); i < this.words.length && this.words[i]!.startsWith(prefix); i++) {
        for (const doc of this.docs[i]!) if (hits[doc] === k) hits[doc] = k + 1;
      }
    }
    const found = new Set<number>();
    for (const [doc, count] of hits.entries()) if (count === query.length) found.add(doc);
    return found;
  }
}
