/**
 * The library's own code as the popup runs it, without the popup around it: bundled by
 * bench-library.ts and run in a Chromium page of its own origin (so its own IndexedDB), where it
 * times each step of importing, listing, searching and exporting, to say where the popup's time goes.
 */
import { LIST_PAGE, SEARCH_PAGE } from '../utils/library/page-sizes';
import { listArticles } from '../utils/library/article-store';
import { createBackup, parseBackup } from '../utils/library/backup';
import { libraryMarkdown } from '../utils/library/export-markdown';
import { importBackup } from '../utils/library/import-backup';
import { markdownEntries } from '../utils/library/library-files';
import { LibraryDb } from '../utils/library/library-db';
import { searchLibrary } from '../utils/library/search-library';
import { SearchReads } from '../utils/library/search-reads';
import { queryWords } from '../utils/library/search-words';
import { DEFAULT_SETTINGS } from '../utils/settings/reader-settings';
import { median } from './median';

const DB_NAME = 'lucid-reader-library-bench';
let db: LibraryDb | undefined;

function open(): LibraryDb {
  db ??= new LibraryDb(DB_NAME);
  return db;
}

async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

/** Deletes the bench database: each run imports into an empty library. */
async function emptyDatabase(): Promise<void> {
  db?.close();
  db = undefined;
  await new LibraryDb(DB_NAME).delete();
}

export interface ImportSteps {
  readMs: number;
  jsonParseMs: number;
  parseBackupMs: number;
  importMs: number;
  articles: number;
  highlights: number;
}

/** Reads the backup at `url` into an emptied database, as "Import backup…" does, step by step. */
export async function importSteps(url: string): Promise<ImportSteps> {
  await emptyDatabase();
  const read = await timed(async () => (await fetch(url)).text());
  const json = await timed(() => JSON.parse(read.value) as unknown);
  const parsed = await timed(() => parseBackup(read.value));
  if (!parsed.value.ok) throw new Error(parsed.value.message);
  const backup = parsed.value.backup;
  const imported = await timed(() => importBackup(open(), backup));
  return {
    readMs: read.ms,
    jsonParseMs: json.ms,
    parseBackupMs: parsed.ms,
    importMs: imported.ms,
    articles: imported.value.articles,
    highlights: imported.value.highlights,
  };
}

/** Listing as the popup does on opening: the first screenful, then all of them. */
export async function listSteps(runs: number): Promise<{ firstPage: number; firstPageMs: number; allMs: number }> {
  const first: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    first.push((await timed(() => listArticles(open(), LIST_PAGE))).ms);
    all.push((await timed(() => listArticles(open()))).ms);
  }
  return { firstPage: LIST_PAGE, firstPageMs: median(first), allMs: median(all) };
}

export interface SearchTime {
  query: string;
  /** searchLibrary as the popup calls it (all articles, one page of SEARCH_PAGE results), median of the runs. */
  ms: number;
  /** Of which: the word index lookup (findDocs). */
  indexMs: number;
  results: number;
}

/**
 * searchLibrary on each of `queries` (the prefixes typed, key by key), `runs` times each, as the
 * popup runs it: each run with reads of its own (SearchReads) holding the word index in memory,
 * and keeping what one key read for the next.
 */
export async function searchTimes(queries: string[], runs: number): Promise<SearchTime[]> {
  const { articles } = await listArticles(open());
  const total = queries.map((): number[] => []);
  const index = queries.map((): number[] => []);
  const results = queries.map(() => 0);
  for (let run = 0; run < runs; run++) {
    const reads = new SearchReads(open());
    await reads.loadIndex();
    for (const [i, query] of queries.entries()) {
      index[i]!.push((await timed(() => reads.findDocs(queryWords(query)))).ms);
      const page = await timed(() => searchLibrary(open(), articles, query, SEARCH_PAGE, reads));
      total[i]!.push(page.ms);
      results[i] = page.value.results.length;
    }
  }
  return queries.map((query, i) => ({
    query,
    ms: median(total[i]!),
    indexMs: median(index[i]!),
    results: results[i]!,
  }));
}

export interface ExportSteps {
  /** Export all (Markdown): reading articles and highlights, then making the text. */
  markdownReadMs: number;
  markdownMs: number;
  markdownChars: number;
  /** Back up (JSON): createBackup, then JSON.stringify. */
  createBackupMs: number;
  stringifyMs: number;
  backupChars: number;
}

/** The two exports of the popup, step by step, without the download. */
export async function exportSteps(): Promise<ExportSteps> {
  const read = await timed(() => markdownEntries(open()));
  const markdown = await timed(() => libraryMarkdown(read.value, { locale: 'en' }));
  const created = await timed(() => createBackup(open(), DEFAULT_SETTINGS));
  const json = await timed(() => JSON.stringify(created.value.backup));
  return {
    markdownReadMs: read.ms,
    markdownMs: markdown.ms,
    markdownChars: markdown.value.length,
    createBackupMs: created.ms,
    stringifyMs: json.ms,
    backupChars: json.value.length,
  };
}
