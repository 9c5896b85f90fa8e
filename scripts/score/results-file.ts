// The per-page results of a run as JSON (`--json FILE`), so that two runs can be compared or diffed.
import { readFileSync, writeFileSync } from 'node:fs';
import type { EngineName, EngineResult, PageResult } from './page';

export type EngineRecord = Omit<EngineResult, 'engine' | 'text'>;

export interface PageRecord {
  id: string;
  corpus: string;
  type: string;
  half: string | null;
  domain: string | null;
  /** How many `with` and `without` snippets the truth has (each engine says how many it found). */
  withSnippets: number;
  withoutSnippets: number;
  engines: Partial<Record<EngineName, EngineRecord>>;
}

export interface ResultsFile {
  /** The command-line arguments of the run. */
  args: string[];
  pages: PageRecord[];
}

/** One page's results as written to the file: the engines' output texts are left out. */
export function pageRecord(result: PageResult): PageRecord {
  const { page } = result;
  const engines: PageRecord['engines'] = {};
  for (const { engine, text: _text, ...rest } of result.engines) engines[engine] = rest;
  return {
    id: page.id,
    corpus: page.corpus,
    type: page.type,
    half: page.half,
    domain: page.domain,
    withSnippets: page.truth.with.length,
    withoutSnippets: page.truth.without.length,
    engines,
  };
}

export function writeResults(file: string, args: string[], results: PageResult[]): void {
  const data: ResultsFile = { args, pages: results.map(pageRecord) };
  writeFileSync(file, `${JSON.stringify(data, null, 1)}\n`);
}

/** The pages of a file written by `--json`. Throws when it cannot be read or is not such a file. */
export function readResults(file: string): PageRecord[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<ResultsFile>;
  if (!Array.isArray(data.pages)) throw new Error(`${file} is not a results file of npm run score -- --json`);
  return data.pages;
}
