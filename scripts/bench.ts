/**
 * npm run bench [-- --iterations N] [-- --report]
 *
 * Times our extraction pipeline against plain Readability on the same parsed documents, in the same
 * run: every page is parsed once with jsdom, then each iteration runs `extractArticle` (forced past
 * the article check, so the whole pipeline is timed) and `new Readability(doc.cloneNode(true)).parse()`
 * alternately. Prints per-page medians, the median and 95th-percentile ratio (target: median at most
 * 1.3x), the slowest pages with where their time goes, the precision and recall of the
 * not-an-article verdict, and the size of the content scripts injected into pages (target: at most
 * 30 KB gzipped each). With --report, also writes artifacts/bench-report/ (see bench-report.ts). Ends with
 * the highlights figures (see bench-highlights.ts), opening the reader in Chromium with the shortcut
 * and the toolbar popup (see bench-open.ts), and the library's with 5,000 saved articles and 20,000
 * highlights: popup first paint, search per key, export, import, database size (see
 * bench-library.ts). Both build the extension first; `npm run bench` gives them an X display.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { reviewedRemoval } from '../tests/extract/reviewed-removals';
import { comparable } from '../tests/support/comparable-text';
import { extractArticle } from '../utils/extract/extract-article';
import { benchHighlights } from './bench-highlights';
import { benchLibrary } from './bench-library';
import { benchOpen } from './bench-open';
import { writeBenchReport, type ReportPage } from './bench-report';
import { OWN_PAGES_DIR, pageFolders, READABILITY_PAGES_DIR, READABILITY_PAGES_URL, SHARED_PAGES_DIR } from './corpus';
import { parseHtml } from './parse-html';
import { formatVerdictScores, verdictScores } from './verdict-scores';

const RATIO_TARGET = 1.3;
const GZIP_TARGET_BYTES = 30 * 1024;
const SLOWEST_SHOWN = 5;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REPORT_DIR = `${ROOT}artifacts/bench-report`;

interface Page {
  /** Corpus and folder, e.g. "readability-pages/nytimes-2". */
  name: string;
  file: string;
  url: string;
  /** The expected verdict and metadata, as the corpus states them. */
  expected: Record<string, unknown> & { readerable: boolean };
  /** Why a block of Readability's article is removed on purpose, when reviewed; else null. */
  whyRemoved: (text: string) => string | null;
}

interface Timed {
  page: Page;
  plainMs: number;
  oursMs: number;
  /** Median milliseconds of each step of our pipeline. */
  stages: Map<string, number>;
  elements: number;
  textChars: number;
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive whole number`);
  return value;
}

function readJson(file: string): Record<string, unknown> & { readerable: boolean } {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { readerable: boolean };
}

/** A block that holds, or is part of, one of the page's `mustExclude` or `mayInclude` texts. */
function listedIn(expected: Record<string, unknown>): (text: string) => string | null {
  const lists = { mustExclude: 'clutter (mustExclude)', mayInclude: 'optional (mayInclude)' } as const;
  return (text) => {
    const block = comparable(text);
    for (const [key, reason] of Object.entries(lists)) {
      const entries = (expected[key] as string[] | undefined) ?? [];
      if (entries.some((entry) => block.includes(comparable(entry)) || comparable(entry).includes(block)))
        return reason;
    }
    return null;
  };
}

/** Pages written for this product: each has its URL, verdict, metadata and clutter in expected.json. */
function productPages(dir: string, corpus: string): Page[] {
  return pageFolders(dir).map((folder) => {
    const expected = readJson(`${dir}${folder}/expected.json`);
    const file = `${dir}${folder}/source.html`;
    return { name: `${corpus}/${folder}`, file, url: String(expected.url), expected, whyRemoved: listedIn(expected) };
  });
}

function readabilityPages(): Page[] {
  return pageFolders(READABILITY_PAGES_DIR).map((folder) => ({
    name: `readability-pages/${folder}`,
    file: `${READABILITY_PAGES_DIR}${folder}/source.html`,
    url: READABILITY_PAGES_URL,
    expected: readJson(`${READABILITY_PAGES_DIR}${folder}/expected-metadata.json`),
    whyRemoved: (text: string) => reviewedRemoval(folder, text),
  }));
}

function quantile(values: number[], q: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

const median = (values: number[]) => quantile(values, 0.5);

function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Where the time of a slow page goes: its size, and its two longest steps besides Readability itself. */
function why(timed: Timed): string {
  const readability = timed.stages.get('readability') ?? 0;
  const steps = [...timed.stages]
    .filter(([stage]) => stage !== 'readability')
    .toSorted((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([stage, ms]) => `${stage} ${ms.toFixed(1)} ms`);
  return (
    `${timed.elements} elements, ${Math.round(timed.textChars / 1000)} K characters of text; ` +
    `Readability inside ours ${readability.toFixed(1)} ms, then ${steps.join(', ')}`
  );
}

async function bench(title: string, pages: Page[], iterations: number, report: ReportPage[] | null): Promise<void> {
  if (pages.length === 0) {
    console.log(`\n${title}: no pages`);
    return;
  }
  console.log(`\n${title} (${pages.length} pages, median of ${iterations} runs after a warm-up)`);
  console.log(`${'page'.padEnd(44)} ${'readability'.padStart(12)} ${'ours'.padStart(10)} ${'ratio'.padStart(7)}`);
  const timings: Timed[] = [];
  const verdicts = [];
  for (const page of pages) {
    const doc = parseHtml(readFileSync(page.file, 'utf8'), page.url);
    const stageTimes = new Map<string, number[]>();
    const onStage = (stage: string, ms: number) => stageTimes.set(stage, [...(stageTimes.get(stage) ?? []), ms]);
    const plain = () => new Readability(doc.cloneNode(true) as Document).parse();
    const ours = () => extractArticle(doc, page.url, { force: true, onStage });
    const plainResult = plain();
    const oursResult = ours();
    stageTimes.clear();
    const plainTimes: number[] = [];
    const oursTimes: number[] = [];
    for (let i = 0; i < iterations; i++) {
      plainTimes.push(timeMs(plain));
      oursTimes.push(timeMs(ours));
      // jsdom holds its documents through WeakRefs, which V8 clears only between event-loop turns:
      // without a turn here, every clone of every page stays in memory until the heap runs out.
      await nextTurn();
    }
    const verdict = { name: page.name, expected: page.expected.readerable, ours: extractArticle(doc, page.url).ok };
    verdicts.push(verdict);
    const timed: Timed = {
      page,
      plainMs: median(plainTimes),
      oursMs: median(oursTimes),
      stages: new Map([...stageTimes].map(([stage, times]) => [stage, median(times)])),
      elements: doc.getElementsByTagName('*').length,
      textChars: doc.body?.textContent?.length ?? 0,
    };
    timings.push(timed);
    report?.push({
      name: page.name,
      readabilityHtml: plainResult?.content ?? '',
      article: oursResult.ok ? oursResult.article : null,
      refusal: oursResult.ok ? null : oursResult.message,
      expected: page.expected as ReportPage['expected'],
      verdict,
      whyRemoved: page.whyRemoved,
      plainMs: timed.plainMs,
      oursMs: timed.oursMs,
    });
    doc.defaultView?.close();
    const cells = [
      timed.plainMs.toFixed(1).padStart(12),
      timed.oursMs.toFixed(1).padStart(10),
      (timed.oursMs / timed.plainMs).toFixed(2).padStart(7),
    ];
    console.log(`${page.name.slice(0, 44).padEnd(44)} ${cells.join(' ')}`);
  }
  const ratios = timings.map((t) => t.oursMs / t.plainMs);
  const ratio = median(ratios);
  const plainTotal = timings.reduce((sum, t) => sum + t.plainMs, 0);
  const oursTotal = timings.reduce((sum, t) => sum + t.oursMs, 0);
  console.log(
    `median ratio ${ratio.toFixed(2)}x (target <= ${RATIO_TARGET}x${ratio > RATIO_TARGET ? ', MISSED' : ''}), ` +
      `p95 ratio ${quantile(ratios, 0.95).toFixed(2)}x; ` +
      `total ${plainTotal.toFixed(0)} ms vs ${oursTotal.toFixed(0)} ms (${(oursTotal / plainTotal).toFixed(2)}x)`,
  );
  console.log('slowest pages (ours):');
  for (const t of timings.toSorted((a, b) => b.oursMs - a.oursMs).slice(0, SLOWEST_SHOWN)) {
    console.log(`  ${t.page.name}: ${t.oursMs.toFixed(1)} ms (${(t.oursMs / t.plainMs).toFixed(2)}x): ${why(t)}`);
  }
  console.log('highest ratios:');
  for (const t of timings.toSorted((a, b) => b.oursMs / b.plainMs - a.oursMs / a.plainMs).slice(0, SLOWEST_SHOWN)) {
    console.log(`  ${t.page.name}: ${(t.oursMs / t.plainMs).toFixed(2)}x (${t.oursMs.toFixed(1)} ms): ${why(t)}`);
  }
  console.log(formatVerdictScores(title, verdictScores(verdicts)));
}

/** The scripts the toolbar and the shortcut inject: the reader's frame first, then the extractor. */
const INJECTED = ['overlay', 'extract'].map((name) => `.output/chrome-mv3/content-scripts/${name}.js`);

function contentScriptSize(): void {
  if (!INJECTED.every((file) => existsSync(ROOT + file))) {
    console.log('\nBuilding the extension to measure the content scripts (npx wxt build)...');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  for (const file of INJECTED) {
    if (!existsSync(ROOT + file)) {
      console.log(`\ncontent script: ${file} not found after building`);
      continue;
    }
    const raw = readFileSync(ROOT + file);
    const gzipped = gzipSync(raw, { level: 9 }).length;
    console.log(
      `\ncontent script ${file}: ${(raw.length / 1024).toFixed(1)} KB raw, ` +
        `${(gzipped / 1024).toFixed(1)} KB gzipped ` +
        `(target <= ${GZIP_TARGET_BYTES / 1024} KB${gzipped > GZIP_TARGET_BYTES ? ', MISSED' : ''})`,
    );
  }
}

const iterations = option('--iterations', 5);
const report: ReportPage[] | null = process.argv.includes('--report') ? [] : null;
await bench(
  'Article pages (../shared/pages, tests/pages)',
  [...productPages(SHARED_PAGES_DIR, 'shared'), ...productPages(OWN_PAGES_DIR, 'tests')],
  iterations,
  report,
);
await bench("Readability's test pages (../shared/readability-pages)", readabilityPages(), iterations, report);
if (report) console.log(`\nreport: ${writeBenchReport(REPORT_DIR, report)}`);
contentScriptSize();
await benchHighlights();
await benchOpen();
await benchLibrary();
