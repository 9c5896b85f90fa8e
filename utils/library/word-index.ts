import type { EntityTable } from 'dexie';
import type { WordPostings } from './records';

export type WordTable = EntityTable<WordPostings, 'word'>;

/**
 * The search index: for each word, the articles it occurs in. It only ever names candidates:
 * whoever shows a result checks the article still holds the words (see match-reason.ts), so a
 * word left behind by a deleted highlight or a changed note costs a lookup, never a wrong result.
 */

/** Word → doc numbers, built in memory so the index is written once, not once per article. */
export class Postings extends Map<string, number[]> {
  add(doc: number, words: Iterable<string>): void {
    for (const word of words) {
      const docs = this.get(word);
      if (docs) docs.push(doc);
      else this.set(word, [doc]);
    }
  }
}

/** An entry's articles; none for an entry someone damaged (it is rewritten whole on the next save). */
function docsOf(row: unknown): number[] {
  const docs = (row as Partial<WordPostings> | undefined)?.docs;
  return Array.isArray(docs) ? docs : [];
}

/**
 * Adds `postings` (word → article doc numbers) to the index. Call inside a transaction on it.
 * `lookUp` reads the entries of the words (an import, adding thousands, reads only those present).
 */
export async function addToIndex(
  index: WordTable,
  postings: Map<string, number[]>,
  lookUp: (words: string[]) => Promise<unknown[]> = (words) => index.bulkGet(words),
): Promise<void> {
  const words = [...postings.keys()];
  const rows = await lookUp(words);
  const changed = [];
  for (const [i, word] of words.entries()) {
    const docs = docsOf(rows[i]);
    const known = new Set(docs);
    const added = postings.get(word)!.filter((doc) => !known.has(doc));
    if (added.length > 0) changed.push({ word, docs: [...docs, ...added] });
  }
  await index.bulkPut(changed);
}

/** Adds one article's words. */
export function indexArticle(index: WordTable, doc: number, words: Iterable<string>): Promise<void> {
  const postings = new Postings();
  postings.add(doc, words);
  return addToIndex(index, postings);
}

/** Takes an article out of the entries of `words`; entries left empty are removed. */
export async function unindexArticle(index: WordTable, doc: number, words: Iterable<string>): Promise<void> {
  const list = [...words];
  const rows = await index.bulkGet(list);
  const kept = [];
  const emptied = [];
  for (const row of rows) {
    if (!row || !docsOf(row).includes(doc)) continue;
    const docs = docsOf(row).filter((d) => d !== doc);
    if (docs.length > 0) kept.push({ word: row.word, docs });
    else emptied.push(row.word);
  }
  await index.bulkPut(kept);
  await index.bulkDelete(emptied);
}

/**
 * The articles holding a word starting with each of `query` (all of them). Null for an empty query.
 */
export async function findDocs(index: WordTable, query: string[]): Promise<Set<number> | null> {
  if (query.length === 0) return null;
  let found = null as Set<number> | null;
  for (const prefix of query) {
    const docs = new Set<number>();
    // In one request, not a cursor's step per word: a step waits behind any other read of the database.
    for (const row of await index.where('word').startsWith(prefix).toArray())
      docsOf(row).forEach((doc) => docs.add(doc));
    found = found ? new Set([...found].filter((doc) => docs.has(doc))) : docs;
    if (found.size === 0) break;
  }
  return found;
}
