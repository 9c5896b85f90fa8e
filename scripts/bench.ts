/**
 * npm run bench [-- --iterations N]
 *
 * Times our extraction pipeline against plain Readability on the same parsed documents, in the same
 * run: every page is parsed once with jsdom, then each iteration runs `extractArticle` (forced past
 * the article check, so the whole pipeline is timed) and `new Readability(doc.cloneNode(true)).parse()`
 * alternately. Prints per-page medians, the median ratio (target: at most 1.3x) and the size of the
 * content script injected into pages (target: at most 30 KB gzipped).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../utils/extract/extract-article';
import { OWN_PAGES_DIR, pageFolders, READABILITY_PAGES_DIR, READABILITY_PAGES_URL, SHARED_PAGES_DIR } from './corpus';
import { parseHtml } from './parse-html';

const RATIO_TARGET = 1.3;
const GZIP_TARGET_BYTES = 30 * 1024;

interface Page {
  name: string;
  file: string;
  url: string;
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive whole number`);
  return value;
}

/** Pages written for this product: each has its URL in expected.json. */
function productPages(dir: string): Page[] {
  return pageFolders(dir).map((name) => {
    const expected = JSON.parse(readFileSync(`${dir}${name}/expected.json`, 'utf8')) as { url: string };
    return { name, file: `${dir}${name}/source.html`, url: expected.url };
  });
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

async function bench(title: string, pages: Page[], iterations: number): Promise<void> {
  if (pages.length === 0) {
    console.log(`\n${title}: no pages`);
    return;
  }
  console.log(`\n${title} (${pages.length} pages, median of ${iterations} runs after a warm-up)`);
  console.log(`${'page'.padEnd(44)} ${'readability'.padStart(12)} ${'ours'.padStart(10)} ${'ratio'.padStart(7)}`);
  const ratios: number[] = [];
  let plainTotal = 0;
  let oursTotal = 0;
  for (const page of pages) {
    const doc = parseHtml(readFileSync(page.file, 'utf8'), page.url);
    const plain = () => new Readability(doc.cloneNode(true) as Document).parse();
    const ours = () => extractArticle(doc, page.url, { force: true });
    plain();
    ours();
    const plainTimes: number[] = [];
    const oursTimes: number[] = [];
    for (let i = 0; i < iterations; i++) {
      plainTimes.push(timeMs(plain));
      oursTimes.push(timeMs(ours));
      // jsdom holds its documents through WeakRefs, which V8 clears only between event-loop turns:
      // without a turn here, every clone of every page stays in memory until the heap runs out.
      await nextTurn();
    }
    const plainMs = median(plainTimes);
    const oursMs = median(oursTimes);
    ratios.push(oursMs / plainMs);
    plainTotal += plainMs;
    oursTotal += oursMs;
    doc.defaultView?.close();
    const cells = [plainMs.toFixed(1).padStart(12), oursMs.toFixed(1).padStart(10), (oursMs / plainMs).toFixed(2).padStart(7)];
    console.log(`${page.name.slice(0, 44).padEnd(44)} ${cells.join(' ')}`);
  }
  const ratio = median(ratios);
  console.log(
    `median ratio ${ratio.toFixed(2)}x (target <= ${RATIO_TARGET}x${ratio > RATIO_TARGET ? ', MISSED' : ''}); ` +
      `total ${plainTotal.toFixed(0)} ms vs ${oursTotal.toFixed(0)} ms (${(oursTotal / plainTotal).toFixed(2)}x)`,
  );
}

function contentScriptSize(): void {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const file = `${root}.output/chrome-mv3/content-scripts/extract.js`;
  if (!existsSync(file)) {
    console.log('\nBuilding the extension to measure the content script (npx wxt build)...');
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  }
  if (!existsSync(file)) {
    console.log(`\ncontent script: ${file} not found after building`);
    return;
  }
  const raw = readFileSync(file);
  const gzipped = gzipSync(raw, { level: 9 }).length;
  console.log(
    `\ncontent script .output/chrome-mv3/content-scripts/extract.js: ${(raw.length / 1024).toFixed(1)} KB raw, ` +
      `${(gzipped / 1024).toFixed(1)} KB gzipped ` +
      `(target <= ${GZIP_TARGET_BYTES / 1024} KB${gzipped > GZIP_TARGET_BYTES ? ', MISSED' : ''})`,
  );
}

const iterations = option('--iterations', 5);
await bench('Article pages (../shared/pages, tests/pages)', [
  ...productPages(SHARED_PAGES_DIR),
  ...productPages(OWN_PAGES_DIR),
], iterations);
await bench(
  "Readability's test pages (../shared/readability-pages)",
  pageFolders(READABILITY_PAGES_DIR).map((name) => ({
    name,
    file: `${READABILITY_PAGES_DIR}${name}/source.html`,
    url: READABILITY_PAGES_URL,
  })),
  iterations,
);
contentScriptSize();
