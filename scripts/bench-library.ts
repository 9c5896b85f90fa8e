/**
 * The library part of `npm run bench` (also alone: `tsx scripts/bench-library.ts`). Builds the
 * extension, makes a backup of 5,000 saved articles (the corpus pages' articles, cycled) with 20,000
 * highlights, and in headless Chromium, with the built extension:
 * - imports it from the popup page's "Import backup…" (until the message and the list show it);
 * - reports the database's size (the browser's estimate, and the files on disk);
 * - opens the popup fresh several times: until the first entry is in the page, and first paint;
 * - types searches key by key: from each key's input event to the list showing that query's results;
 * - clicks "Export all (Markdown)" and "Back up (JSON)": until the download starts.
 * Then runs the same library code in a page of its own, step by step, to say where the time goes,
 * and prints each figure divided by work of the same run (JSON.parse, JSON.stringify), which does
 * not depend on the machine.
 * Prints figures next to their targets; a benchmark, so nothing is asserted.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { Article } from '../utils/extract/article';
import { extractArticle } from '../utils/extract/extract-article';
import { describeOffsets } from '../utils/highlights/describe-range';
import { HIGHLIGHT_COLORS, type Highlight } from '../utils/highlights/types';
import { articleIdFor } from '../utils/library/article-id';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup, type BackupArticle } from '../utils/library/backup';
import { isSearch } from '../utils/library/search-library';
import { wordsOf } from '../utils/library/search-words';
import { DEFAULT_SETTINGS } from '../utils/settings/reader-settings';
import { launchExtension } from '../tests/e2e/support/launch-extension';
import { OWN_PAGES_DIR, pageFolders, READABILITY_PAGES_DIR, READABILITY_PAGES_URL, SHARED_PAGES_DIR } from './corpus';
import type * as BenchPage from './library-bench-page';
import { median } from './median';
import { parseHtml } from './parse-html';
import { randomFrom } from './seeded-random';
import { indexedDbOnDisk } from './indexed-db-on-disk';

const ARTICLES = 5_000;
const HIGHLIGHTS_PER_ARTICLE = 4;
/** Distinct articles the library is made of: enough variety, extracted in well under a minute. */
const SOURCE_PAGES = 50;
const TWO_YEARS_MS = 2 * 365 * 24 * 3600 * 1000;
const FIRST_SAVED = Date.UTC(2023, 6, 1);
const POPUP_OPENS = 7;
const SEARCH_RUNS = 3;
const REFERENCE_RUNS = 7;
/** The backup's first articles, as the fixed input of the reference (about 1 MB). */
const REFERENCE_ARTICLES = 100;

const TARGETS = { firstPaintMs: 100, keystrokeMs: 30, exportMs: 5_000, importMs: 10_000 };

// Notes a reader writes; "Ingrid" is in none of the corpus texts, so searching it finds notes only.
const NOTES = [
  'Ask Ingrid whether these figures were revised.',
  'Quote this in the newsletter.',
  'Compare with last year: the trend looks the other way.',
  'Follow up with the original source.',
  'Good counterpoint to the chapter on cities.',
];
const NOTE_WORD = 'ingrid';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

interface Source {
  name: string;
  host: string;
  article: Article;
  /** Offsets of the text's words, for quotes that start and end on whole words. */
  words: { start: number; end: number }[];
}

function extracted(file: string, url: string): Article | null {
  const doc = parseHtml(readFileSync(file, 'utf8'), url);
  const outcome = extractArticle(doc, url);
  doc.defaultView?.close();
  return outcome.ok ? outcome.article : null;
}

/** Every `step`-th of `items`, so a sample spans the whole (sorted) corpus. */
function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}

/** The corpus pages that are articles, extracted once: ours and the shared ones, then Readability's to make up the number. */
function sourceArticles(): Source[] {
  const pages: { name: string; file: string; url: string; host: string }[] = [];
  for (const dir of [SHARED_PAGES_DIR, OWN_PAGES_DIR]) {
    for (const folder of pageFolders(dir)) {
      const url = String((JSON.parse(readFileSync(`${dir}${folder}/expected.json`, 'utf8')) as { url: string }).url);
      pages.push({ name: folder, file: `${dir}${folder}/source.html`, url, host: new URL(url).host });
    }
  }
  const readability = pageFolders(READABILITY_PAGES_DIR).map((folder) => ({
    name: `readability/${folder}`,
    file: `${READABILITY_PAGES_DIR}${folder}/source.html`,
    url: READABILITY_PAGES_URL,
    host: `${folder.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.example`,
  }));
  const sources: Source[] = [];
  for (const page of [...pages, ...spread(readability, SOURCE_PAGES * 2)]) {
    if (sources.length >= SOURCE_PAGES) break;
    const article = extracted(page.file, page.url);
    // Four highlights need some text; a stub is not what people save.
    if (!article || article.text.length < 1_000) continue;
    const words = [...article.text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    sources.push({ name: page.name, host: page.host, article, words });
  }
  return sources;
}

/** `ARTICLES` saved articles cycling through `sources`, each with four highlights of its own text. */
function makeBackup(sources: Source[]): Backup {
  const random = randomFrom(20_240_601);
  const articles: BackupArticle[] = [];
  const snapshots: Backup['snapshots'] = [];
  const highlights: Highlight[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const { article, host, words } = sources[i % sources.length]!;
    const round = Math.floor(i / sources.length) + 1;
    const slug =
      article.title
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .slice(0, 60) || 'article';
    const url = `https://${host}/saved/${round}/${encodeURIComponent(slug)}`;
    const id = articleIdFor({ url, canonicalUrl: url });
    const savedAt = FIRST_SAVED + Math.floor((i * TWO_YEARS_MS) / ARTICLES) + Math.floor(random() * 3_600_000);
    const { html, text, ...metadata } = article;
    articles.push({
      ...metadata,
      url,
      canonicalUrl: url,
      title: `${article.title} (${round})`,
      id,
      savedAt,
      updatedAt: savedAt,
      highlightCount: HIGHLIGHTS_PER_ARTICLE,
      progress: Math.round(random() * 100) / 100,
    });
    snapshots.push({ id, html, text });
    for (let k = 0; k < HIGHLIGHTS_PER_ARTICLE; k++) {
      // One quote in each quarter of the text, three to twenty-five words long.
      const first = Math.floor(((k + random() * 0.8) * words.length) / HIGHLIGHTS_PER_ARTICLE);
      const last = Math.min(words.length - 1, first + 2 + Math.floor(random() * 23));
      const selectors = describeOffsets(text, words[first]!.start, words[last]!.end)!;
      const at = savedAt + (k + 1) * 60_000;
      highlights.push({
        id: randomUUID(),
        articleId: id,
        selectors,
        color: HIGHLIGHT_COLORS[(i + k) % HIGHLIGHT_COLORS.length]!,
        note: (i * HIGHLIGHTS_PER_ARTICLE + k) % 3 === 0 ? NOTES[(i + k) % NOTES.length]! : '',
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    articles,
    snapshots,
    highlights,
    settings: DEFAULT_SETTINGS,
  };
}

const STOP_WORDS = new Set([
  'about',
  'after',
  'because',
  'before',
  'between',
  'could',
  'other',
  'should',
  'their',
  'there',
  'these',
  'those',
  'through',
  'which',
  'would',
  'where',
  'while',
]);

/** A word of plain letters only: what a person would type as it is. */
const plain = (word: string) => /^[a-z]+$/.test(word);

/** What people type: a common word, a rare one, a word of a note, two words of a passage they remember. */
function searchQueries(sources: Source[]): { label: string; query: string }[] {
  const textWords = sources.map((s) => wordsOf(s.article.text));
  const inHowMany = new Map<string, number>();
  for (const words of textWords) for (const word of words) inHowMany.set(word, (inHowMany.get(word) ?? 0) + 1);
  const common = [...inHowMany]
    .filter(([word]) => plain(word) && word.length >= 5 && !STOP_WORDS.has(word))
    .toSorted((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const titles = wordsOf(...sources.map((s) => s.article.title));
  const middle = textWords[Math.floor(sources.length / 2)]!;
  const rare = [...middle]
    .filter((word) => plain(word) && word.length >= 8 && inHowMany.get(word) === 1 && !titles.has(word))
    .toSorted()[0]!;
  const remembered = sources[1]!.article.text.match(/\b[A-Za-z]{5,}\b[^.\n]*?\b[A-Za-z]{5,}\b/)![0];
  const [first, second] = remembered.match(/\b[A-Za-z]{5,}\b/g)!;
  const inTexts = inHowMany.get(NOTE_WORD) ?? 0;
  if (inTexts > 0) console.log(`  (note: "${NOTE_WORD}" also occurs in ${inTexts} source texts)`);
  return [
    { label: 'common word', query: common },
    { label: 'rare word', query: rare },
    { label: 'word of a note', query: 'Ingrid' },
    { label: 'two words', query: `${first!.toLowerCase()} ${second!.toLowerCase()}` },
  ];
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** `value` as a multiple of `of`. */
const multipleOf = (value: number, of: number) => `${(value / of).toFixed(1)}x`;
const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);

/** Milliseconds from choosing the file to the import's message and the list showing the newest imported article. */
async function importInPopup(
  page: Page,
  file: string,
  newestTitle: string,
): Promise<{ message: string; messageMs: number; listMs: number }> {
  // Awaited through the popup's own mutations, never by polling the page whose import is timed.
  await page.evaluate((title) => {
    const state = { start: 0, messageAt: 0, message: '', listAt: 0, done: null as Promise<void> | null };
    state.done = new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error('The import did not finish within 120 s')), 120_000);
      new MutationObserver((_, observer) => {
        const said = document.querySelector('.visually-hidden[role=status]')?.textContent ?? '';
        if (!state.messageAt && said) Object.assign(state, { messageAt: performance.now(), message: said });
        if (!state.listAt && document.querySelector('.entry .entry-title')?.textContent === title)
          state.listAt = performance.now();
        if (!state.messageAt || !state.listAt) return;
        observer.disconnect();
        resolve();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    (window as unknown as { importState: typeof state }).importState = state;
    document.addEventListener('change', () => (state.start = performance.now()), { capture: true, once: true });
  }, newestTitle);
  await page.locator('input[type=file]').setInputFiles(file);
  return page.evaluate(async () => {
    const state = (
      window as unknown as {
        importState: { start: number; messageAt: number; message: string; listAt: number; done: Promise<void> };
      }
    ).importState;
    await state.done;
    return { message: state.message, messageMs: state.messageAt - state.start, listMs: state.listAt - state.start };
  });
}

// Installed before the popup's own scripts: when the first entry enters the page, and the frame
// after. The bench awaits `firstEntry.shown` rather than polling the page it times.
const FIRST_ENTRY_PROBE = `
  window.firstEntry = { at: 0, frame: 0 };
  window.firstEntry.shown = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('No entry shown within 10 s')), 10_000);
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.entry')) return;
      observer.disconnect();
      window.firstEntry.at = performance.now();
      requestAnimationFrame(() => setTimeout(() => {
        window.firstEntry.frame = performance.now();
        resolve();
      }));
    }).observe(document, { childList: true, subtree: true });
  });
`;

interface FirstPaint {
  entryMs: number;
  frameMs: number;
  fcpMs: number;
}

async function openPopupFresh(open: () => Promise<Page>, url: string): Promise<FirstPaint> {
  const page = await open();
  try {
    await page.addInitScript(FIRST_ENTRY_PROBE);
    await page.goto(url, { waitUntil: 'commit' });
    return await page.evaluate(async () => {
      const probe = (window as unknown as { firstEntry: { at: number; frame: number; shown: Promise<void> } })
        .firstEntry;
      await probe.shown;
      // The paint's entry comes once the frame reached the screen, which may be after the probe's frame.
      const fcp = await new Promise<PerformanceEntry | undefined>((resolve) => {
        setTimeout(() => resolve(undefined), 10_000);
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (!entry) return;
          observer.disconnect();
          resolve(entry);
        }).observe({ type: 'paint', buffered: true });
      });
      return { entryMs: probe.at, frameMs: probe.frame, fcpMs: fcp?.startTime ?? Number.NaN };
    });
  } finally {
    await page.close();
  }
}

interface Keystroke {
  query: string;
  label: string;
  ms: number;
  results: number;
}

/** Types each query key by key, timing every key that makes a search (one letter alone does not). */
async function typeSearches(page: Page, queries: { label: string; query: string }[]): Promise<Keystroke[]> {
  const box = page.getByRole('searchbox', { name: 'Search saved articles' });
  const shows = (value: string) =>
    page.waitForFunction((v) => document.querySelector('ul.entries')?.getAttribute('data-searched') === v, value, {
      timeout: 60_000,
    });
  // The search runs once the popup has read the whole list: wait for that before timing keys.
  await box.fill('zz');
  await shows('zz');
  await box.fill('');
  await shows('');
  // Each key is awaited on the page's own events, never by polling the page whose search is timed.
  await page.evaluate(() => {
    type Waiting = { value: string; searched: boolean; resolve: () => void };
    // A method, not a named function: the page lacks tsx's helper for naming those.
    const state = {
      value: '',
      start: 0,
      done: 0,
      waiting: null as Waiting | null,
      settle() {
        const waiting = this.waiting;
        if (!waiting || this.value !== waiting.value || (waiting.searched && this.done === 0)) return;
        this.waiting = null;
        waiting.resolve();
      },
    };
    const list = document.querySelector('ul.entries')!;
    document.addEventListener(
      'input',
      (event) => {
        Object.assign(state, { value: (event.target as HTMLInputElement).value, start: performance.now(), done: 0 });
        state.settle();
      },
      { capture: true },
    );
    new MutationObserver(() => {
      if (state.done || list.getAttribute('data-searched') !== state.value) return;
      state.done = performance.now();
      state.settle();
    }).observe(list, { attributes: true, attributeFilter: ['data-searched'] });
    Object.assign(window, {
      keyState: state,
      keyTyped(value: string, searched: boolean) {
        return new Promise<void>((resolve, reject) => {
          setTimeout(() => reject(new Error(`"${value}" not shown within 60 s`)), 60_000);
          state.waiting = { value, searched, resolve };
          state.settle();
        });
      },
    });
  });
  const keys: Keystroke[] = [];
  for (const { label, query } of queries) {
    await box.focus();
    for (let n = 1; n <= query.length; n++) {
      const typed = query.slice(0, n);
      await page.keyboard.type(query[n - 1]!);
      // One letter alone makes no search: only its input is awaited.
      const { start, done } = await page.evaluate(
        async ([value, searched]) => {
          const win = window as unknown as {
            keyState: { start: number; done: number };
            keyTyped: (value: string, searched: boolean) => Promise<void>;
          };
          await win.keyTyped(value, searched);
          return { start: win.keyState.start, done: win.keyState.done };
        },
        [typed, isSearch(typed)] as const,
      );
      if (isSearch(typed))
        keys.push({
          query: typed,
          label,
          ms: done - start,
          results: await page.locator('ul.entries > .entry').count(),
        });
    }
    await box.fill('');
    await shows('');
  }
  return keys;
}

/** Milliseconds from clicking `name` to the download starting, and the file's size. */
async function timeDownload(
  page: Page,
  name: string,
  dir: string,
): Promise<{ ms: number; bytes: number; path: string }> {
  const start = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name }).click(),
  ]);
  const elapsed = performance.now() - start;
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { ms: elapsed, bytes: statSync(path).size, path };
}

/** The bench page's code bundled: `#i18n` stands in for the browser's messages, which it has not. */
async function benchPageBundle(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./library-bench-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    globalName: 'LucidLibraryBench',
    write: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [
      {
        name: 'i18n-stand-in',
        setup(builder) {
          builder.onResolve({ filter: /^#i18n$/ }, () => ({ path: 'i18n', namespace: 'stand-in' }));
          builder.onLoad({ filter: /.*/, namespace: 'stand-in' }, () => ({
            contents:
              'export const i18n = { t: (key, ...args) => key + (args.length ? " " + JSON.stringify(args) : "") };',
            loader: 'js',
          }));
        },
      },
    ],
  });
  return result.outputFiles[0]!.text;
}

/** A local origin for the bench page: the page, its script and the backup file. */
async function serveBenchPage(script: string, backupFile: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else if (request.url === '/backup.json')
      response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(backupFile));
    else
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!DOCTYPE html><title>library bench</title><script src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

type BenchApi = typeof BenchPage;

/**
 * A fixed piece of work to divide times by, timed in the same browser in the same run: median
 * milliseconds of `JSON.parse` of `json` in `page`. Ratios to it compare figures across machines and days.
 */
async function referenceMs(page: Page, json: string): Promise<number> {
  const times = await page.evaluate(
    ([input, runs]) =>
      Array.from({ length: runs }, () => {
        const start = performance.now();
        JSON.parse(input);
        return performance.now() - start;
      }),
    [json, REFERENCE_RUNS] as const,
  );
  return median(times);
}

function row(name: string, figure: string, target: string, missed: boolean): string {
  return `  ${name.padEnd(34)} ${figure.padStart(12)}   ${target.padEnd(10)}${missed ? ' MISSED' : ''}`;
}

export async function benchLibrary(): Promise<void> {
  console.log(`\nLibrary: ${ARTICLES} saved articles, ${ARTICLES * HIGHLIGHTS_PER_ARTICLE} highlights`);
  console.log('  building the extension (npx wxt build)...');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe' });

  let start = performance.now();
  const sources = sourceArticles();
  const backup = makeBackup(sources);
  const text = JSON.stringify(backup);
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(`the generated backup is refused: ${parsed.message}`);
  const work = mkdtempSync(join(tmpdir(), 'lucid-bench-library-'));
  const backupFile = join(work, 'library-backup.json');
  writeFileSync(backupFile, text);
  const snapshotChars = backup.snapshots.map((s) => s.html.length + s.text.length);
  console.log(
    `  made from ${sources.length} corpus articles in ${ms(performance.now() - start)}: backup ${mb(text.length)} ` +
      `(snapshots: median ${(median(snapshotChars) / 1024).toFixed(0)} K characters, largest ${(Math.max(...snapshotChars) / 1024).toFixed(0)} K)`,
  );
  const queries = searchQueries(sources);
  const newest = backup.articles.toSorted((a, b) => b.savedAt - a.savedAt)[0]!;

  const profile = join(work, 'profile');
  const extension = await launchExtension({ profileDir: profile });
  const { context, extensionId } = extension;
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  let bench: { server: Server; origin: string } | undefined;
  try {
    // Import.
    const importer = await context.newPage();
    await importer.goto(popupUrl);
    await importer.getByRole('heading', { name: 'Saved articles' }).waitFor();
    const imported = await importInPopup(importer, backupFile, newest.title);
    console.log(`  import: "${imported.message}"`);
    await importer.reload();
    await importer.locator('.entry').first().waitFor();
    const again = await importInPopup(importer, backupFile, newest.title);
    const estimate = await importer.evaluate(async () => {
      const { usage, usageDetails } = (await navigator.storage.estimate()) as StorageEstimate & {
        usageDetails?: Record<string, number>;
      };
      return { usage: usage ?? 0, indexedDb: usageDetails?.indexedDB ?? Number.NaN };
    });
    await importer.close();
    const onDisk = indexedDbOnDisk(profile, extensionId);

    // First paint of a fresh popup.
    const opens: FirstPaint[] = [];
    for (let i = 0; i < POPUP_OPENS; i++) opens.push(await openPopupFresh(() => context.newPage(), popupUrl));
    const firstEntry = median(opens.map((o) => o.entryMs));
    const firstFrame = median(opens.map((o) => o.frameMs));
    const fcp = median(opens.map((o) => o.fcpMs));

    // Search, key by key, then the exports, in one popup.
    const popup = await context.newPage();
    await popup.goto(popupUrl);
    await popup.locator('.entry').first().waitFor();
    const keys = await typeSearches(popup, queries);
    await popup.locator('summary').click();
    const markdown = await timeDownload(popup, 'Export all (Markdown)', work);
    const json = await timeDownload(popup, 'Back up (JSON)', work);
    const exported = JSON.parse(readFileSync(json.path, 'utf8')) as Backup;
    await popup.close();

    // The same code, step by step, in a page of its own.
    bench = await serveBenchPage(await benchPageBundle(), backupFile);
    const page = await context.newPage();
    await page.goto(`${bench.origin}/`);
    const api = 'LucidLibraryBench' as const;
    const steps = await page.evaluate(
      (name) => (globalThis as unknown as Record<string, BenchApi>)[name]!.importSteps('/backup.json'),
      api,
    );
    const lists = await page.evaluate(
      (name) => (globalThis as unknown as Record<string, BenchApi>)[name]!.listSteps(5),
      api,
    );
    const typed = keys.map((k) => k.query);
    const searched = await page.evaluate(
      ([name, prefixes, runs]) =>
        (globalThis as unknown as Record<string, BenchApi>)[name as string]!.searchTimes(
          prefixes as string[],
          runs as number,
        ),
      [api, typed, SEARCH_RUNS] as const,
    );
    const exports = await page.evaluate(
      (name) => (globalThis as unknown as Record<string, BenchApi>)[name]!.exportSteps(),
      api,
    );
    const referenceInput = JSON.stringify(backup.snapshots.slice(0, REFERENCE_ARTICLES));
    const reference = await referenceMs(page, referenceInput);
    await page.close();

    const keyMs = keys.map((k) => k.ms);
    const libMs = searched.map((s) => s.ms);
    console.log(`  queries typed: ${queries.map((q) => `${q.label} "${q.query}"`).join(', ')}`);
    console.log(
      `  database: ${mb(estimate.indexedDb)} IndexedDB by the browser's estimate (${mb(estimate.usage)} in all), ${mb(onDisk)} on disk`,
    );
    console.log(
      `  exports: Markdown ${mb(markdown.bytes)}; JSON ${mb(json.bytes)}, ${exported.articles.length} articles and ${exported.highlights.length} highlights`,
    );
    console.log(`\n  ${'figure'.padEnd(34)} ${'measured'.padStart(12)}   target`);
    console.log(
      row(
        `popup first entry (median of ${POPUP_OPENS})`,
        ms(firstEntry),
        `<= ${TARGETS.firstPaintMs} ms`,
        firstEntry > TARGETS.firstPaintMs,
      ),
    );
    console.log(row('  its frame / first contentful paint', `${ms(firstFrame)} / ${ms(fcp)}`, '', false));
    console.log(
      row(
        `search, per key (${keys.length} keys) median`,
        ms(median(keyMs)),
        `<= ${TARGETS.keystrokeMs} ms`,
        median(keyMs) > TARGETS.keystrokeMs,
      ),
    );
    console.log(
      row(
        '  slowest key',
        ms(Math.max(...keyMs)),
        `<= ${TARGETS.keystrokeMs} ms`,
        Math.max(...keyMs) > TARGETS.keystrokeMs,
      ),
    );
    console.log(
      row('  searchLibrary alone: median / max', `${ms(median(libMs))} / ${ms(Math.max(...libMs))}`, '', false),
    );
    console.log(
      row('export all (Markdown)', ms(markdown.ms), `<= ${TARGETS.exportMs / 1000} s`, markdown.ms > TARGETS.exportMs),
    );
    console.log(row('back up (JSON)', ms(json.ms), `<= ${TARGETS.exportMs / 1000} s`, json.ms > TARGETS.exportMs));
    console.log(
      row(
        'import of that backup',
        ms(imported.listMs),
        `<= ${TARGETS.importMs / 1000} s`,
        imported.listMs > TARGETS.importMs,
      ),
    );
    console.log(
      row('  its message / again (nothing new)', `${ms(imported.messageMs)} / ${ms(again.messageMs)}`, '', false),
    );
    console.log(row('database size (IndexedDB, estimate)', mb(estimate.indexedDb), 'reported', false));

    console.log(
      `\n  the same figures on no machine's clock: each divided by work of the same run\n` +
        `    reference: JSON.parse of the first ${REFERENCE_ARTICLES} snapshots (${mb(referenceInput.length)}) ${ms(reference)}`,
    );
    console.log(`    popup first entry ${multipleOf(firstEntry, reference)} the reference`);
    console.log(
      `    search key: median ${multipleOf(median(keyMs), reference)}, slowest ${multipleOf(Math.max(...keyMs), reference)} the reference`,
    );
    console.log(`    back up ${multipleOf(json.ms, exports.stringifyMs)} JSON.stringify of the library`);
    console.log(`    import ${multipleOf(imported.listMs, steps.jsonParseMs)} JSON.parse of its backup`);

    console.log('\n  where the time goes (the same code in a page of its own):');
    console.log(
      `    import: read file ${ms(steps.readMs)}, JSON.parse ${ms(steps.jsonParseMs)}, parseBackup (with JSON.parse) ${ms(steps.parseBackupMs)}, ` +
        `importBackup ${ms(steps.importMs)} (${steps.articles} articles, ${steps.highlights} highlights)`,
    );
    console.log(`    list: first ${lists.firstPage} ${ms(lists.firstPageMs)}, all ${ms(lists.allMs)}`);
    console.log(
      `    export all: read ${ms(exports.markdownReadMs)}, libraryMarkdown ${ms(exports.markdownMs)}; ` +
        `back up: createBackup ${ms(exports.createBackupMs)}, JSON.stringify ${ms(exports.stringifyMs)}`,
    );
    console.log(
      '    search, per key: the popup (input to results shown) vs searchLibrary alone, index in memory (of which the word index)',
    );
    for (const [i, key] of keys.entries()) {
      const alone = searched[i]!;
      console.log(
        `      ${`"${key.query}"`.padEnd(28)} ${ms(key.ms).padStart(9)} ${ms(alone.ms).padStart(9)} (${ms(alone.indexMs)})  ${key.results} shown  ${key.label}`,
      );
    }
  } finally {
    bench?.server.close();
    await extension.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchLibrary();
