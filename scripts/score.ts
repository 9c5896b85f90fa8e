/**
 * npm run score [-- --corpus wcxb|readability|own|all] [--half tune|check] [--type TYPE[,TYPE]]
 *                  [--ids ID[,ID]] [--limit N] [--engines ours,readability,defuddle]
 *                  [--json FILE] [--compare FILE] [--report] [--budget SECONDS]
 *
 * Scores the extraction of ours (`extractArticle`, not forced), plain Readability 0.6.0 and Defuddle
 * on real pages, each on its own copy of one jsdom parse of the page, on one worker thread per core.
 * By default on WCXB's development split (../shared/wcxb-dev), split by domain into a tune and a check
 * half (see score/domain-split.ts), each printed as a table per page type: word F1/P/R and 4-token
 * shingle F1/P/R as WCXB defines them (score/metrics.ts), the share of `with` snippets found and of
 * `without` snippets found (lower is better), refusals, crashes and median milliseconds; then title,
 * author and date match rates (score/metadata-match.ts), times, and the pages ours refused or crashed
 * on. `--corpus readability` scores against Readability's own expected.html and its verdict;
 * `--corpus own` against expected.json (verdict, mustInclude as `with`, mustExclude as `without`).
 * `--json FILE` writes every page's results; `--compare FILE` lists the pages whose ours-F1 moved
 * since such a file; `--report` writes artifacts/score-report/ (the worst pages for ours, per type).
 * A page still running after `--budget` seconds (default 60) counts as a crash of the engines that had
 * not answered, and its worker is replaced.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OWN_PAGES_DIR, READABILITY_PAGES_DIR, SHARED_PAGES_DIR } from './corpus';
import { formatComparison } from './score/compare';
import { ownPages, readabilityPages, wcxbPages, WCXB_DIR } from './score/corpora';
import { HALF_RULE } from './score/domain-split';
import { parseOptions, USAGE, UsageError, type ScoreOptions } from './score/options';
import type { CorpusName, PageResult, ScorePage } from './score/page';
import { scorePages, workerCount } from './score/pool';
import { pageRecord, readResults, writeResults, type PageRecord } from './score/results-file';
import { formatSection } from './score/table';
import { writeWorstPages } from './score/worst-pages';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REPORT_DIR = `${ROOT}artifacts/score-report`;
const PROGRESS_EVERY = 100;

const LOADERS: Record<CorpusName, () => ScorePage[]> = {
  wcxb: wcxbPages,
  readability: readabilityPages,
  own: ownPages,
};

const shown = (dir: string) => relative(ROOT, dir) || '.';

const HEADINGS: Record<CorpusName, (count: number) => string> = {
  wcxb: (count) => `WCXB dev split (${shown(WCXB_DIR)}): ${count} pages`,
  readability: (count) =>
    `Readability's test pages (${shown(READABILITY_PAGES_DIR)}): ${count} pages; the truth is the text of its ` +
    `expected.html, the type its expected verdict`,
  own: (count) =>
    `Our own pages (${shown(SHARED_PAGES_DIR)}, ${shown(OWN_PAGES_DIR)}): ${count} pages; with = mustInclude, ` +
    `w/o = mustExclude, the type the expected verdict`,
};

function selectPages(options: ScoreOptions): ScorePage[] {
  const corpora: CorpusName[] = options.corpus === 'all' ? ['wcxb', 'readability', 'own'] : [options.corpus];
  const pages = corpora
    .flatMap((corpus) => {
      const found = LOADERS[corpus]();
      if (found.length === 0) console.error(`no pages found for --corpus ${corpus} (is the folder there?)`);
      return found;
    })
    // --half concerns WCXB's pages only: the other corpora are not split.
    .filter((page) => !options.half || page.half === null || page.half === options.half)
    .filter((page) => options.types.length === 0 || options.types.includes(page.type))
    .filter((page) => options.ids.length === 0 || options.ids.includes(page.id));
  return options.limit === null ? pages : pages.slice(0, options.limit);
}

const distinct = (values: (string | null)[]) => new Set(values).size;

function minutes(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

function printCorpus(corpus: CorpusName, results: PageResult[], options: ScoreOptions): void {
  const pages = results.filter((result) => result.page.corpus === corpus);
  if (pages.length === 0) return;
  console.log(`\n${HEADINGS[corpus](pages.length)}; engines: ${options.engines.join(', ')}`);
  if (corpus !== 'wcxb') {
    console.log(`\n${formatSection('all pages', pages, options.engines)}`);
    return;
  }
  for (const half of ['tune', 'check'] as const) {
    const inHalf = pages.filter((page) => page.page.half === half);
    if (inHalf.length === 0) continue;
    const domains = distinct(inHalf.map((page) => page.page.domain));
    const title = `${half} half: ${inHalf.length} pages from ${domains} domains (${HALF_RULE[half]})`;
    console.log(`\n${formatSection(title, inHalf, options.engines)}`);
  }
}

function readEarlier(file: string): PageRecord[] {
  try {
    return readResults(file);
  } catch (error) {
    throw new UsageError(`--compare: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const pages = selectPages(options);
  if (pages.length === 0) throw new UsageError('no pages match the options');
  // Read before the run, so that a wrong path fails at once rather than after the whole corpus.
  const earlier = options.compare === null ? null : readEarlier(options.compare);
  const threads = workerCount(pages.length);
  const started = performance.now();
  console.error(`scoring ${pages.length} pages with ${options.engines.join(', ')} on ${threads} worker threads…`);
  const results = await scorePages(pages, {
    engines: options.engines,
    keepText: options.report,
    budgetMs: options.budgetMs,
    onPage: (done, total) => {
      if (done % PROGRESS_EVERY !== 0 && done !== total) return;
      const elapsed = performance.now() - started;
      const left = done < total ? `, about ${minutes((elapsed / done) * (total - done))} to go` : '';
      console.error(`scored ${done}/${total} pages in ${minutes(elapsed)}${left}`);
    },
  });
  const wall = performance.now() - started;
  if (options.json) writeResults(options.json, process.argv.slice(2), results);
  for (const corpus of ['wcxb', 'readability', 'own'] as const) printCorpus(corpus, results, options);
  console.log(`\nwall time ${minutes(wall)} for ${pages.length} pages on ${threads} worker threads (parsing included)`);
  if (earlier) console.log(`\n${formatComparison(options.compare!, earlier, results.map(pageRecord))}`);
  if (options.json) console.log(`per-page results: ${options.json}`);
  if (options.report) console.log(`report: ${writeWorstPages(REPORT_DIR, results)}`);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\n${USAGE}`);
  process.exitCode = 1;
}
