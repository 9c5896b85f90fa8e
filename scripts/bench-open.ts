/**
 * The opening part of `npm run bench` (also alone: `npm run bench:open`). Opens the reader as a
 * person does, in a headed Chromium with the built extension under the display `xvfb-run` gives: the
 * Alt+Shift+R shortcut typed with xdotool, and "Read this page" pressed in the real toolbar popup.
 * On the seed page, a long article and a page of 50 images, five opens each way, cold (the service
 * worker stopped, as the browser stops an idle one) and warm (opened and closed just before). For
 * each open, from the key (when the page receives it) or the click (just before it is sent): the
 * page's frame that first covers it with the reader's frame (timed in the page right after that
 * frame's paint; reaching the screen takes a while more, as for the reader's own paints), the reader
 * frame's document starting, its first contentful paint, the frame that paints the article's text,
 * and the page's extraction (read from the reader page's own timeline, see utils/open-stages.ts).
 * Beside them, Readability's own parse of the same page in the same browser. Prints figures next to
 * their targets; a benchmark, so nothing is asserted.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Frame, Page } from 'playwright-core';
import { assignShortcut } from '../tests/e2e/support/assign-shortcut';
import { EXTENSION_DIR, launchExtension, type LaunchedExtension } from '../tests/e2e/support/launch-extension';
import { closeReaderWithEscape, readerDocument, waitForReaderState } from '../tests/e2e/support/open-reader';
import { focusWindowOf, pressChord } from '../tests/e2e/support/os-keyboard';
import { pressToolbarButton } from '../tests/e2e/support/press-toolbar-button';
import { servePages } from '../tests/e2e/support/serve-pages';
import { stopServiceWorker } from '../tests/e2e/support/stop-service-worker';
import { startWindowManager } from '../tests/e2e/support/window-manager';
import { epochNow, OPEN_STAGES, type ExtractTiming } from '../utils/open-stages';
import { median } from './median';

const OPENS = 5;
const PARSES = 7;
const READER_FRAME = 'iframe[title="Lucid Reader"]';
const ROOT = fileURLToPath(new URL('../', import.meta.url));

const PAGES = [
  { slug: 'christian-times-aleppo', label: 'seed page', textBudgetMs: { shortcut: 150, popup: 250 } },
  { slug: 'quayside-times-year-on-the-sound', label: 'long (16,000 words)', textBudgetMs: { shortcut: 300 } },
  { slug: 'quayside-times-harbour-in-pictures', label: '50 images', textBudgetMs: {} },
] as const;

const FIRST_PAINT_TARGET_MS = 100;
/** A cold open may take at most this many times a warm one. */
const COLD_FACTOR = 2;

type Way = 'shortcut' | 'popup';
type Temperature = 'cold' | 'warm';

/** One open, in milliseconds from the key or click. */
interface Open {
  /** The page's frame that first draws the reader's frame over it, painted. */
  cover: number;
  frameStart: number;
  firstPaint: number;
  text: number;
  extract: number;
  /** From the key or click to the extraction's start. */
  extractStart: number;
  /** How far the reader's content moved as it arrived (the layout shift score, fonts included). */
  shift: number;
}

/** Readability's parse, bundled to run in the page itself. */
async function readabilityBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { Readability } from '@mozilla/readability'; globalThis.BenchReadability = Readability;",
      resolveDir: ROOT,
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

/** Median milliseconds of Readability's parse of the page at `url`, in a tab of its own. */
async function readabilityParseMs(extension: LaunchedExtension, url: string, bundle: string): Promise<number> {
  const page = await extension.context.newPage();
  try {
    await page.goto(url);
    await page.addScriptTag({ content: bundle });
    const times = await page.evaluate((runs) => {
      const Readability = (globalThis as unknown as { BenchReadability: new (doc: Document) => { parse(): unknown } })
        .BenchReadability;
      return Array.from({ length: runs + 1 }, () => {
        const start = performance.now();
        new Readability(document.cloneNode(true) as Document).parse();
        return performance.now() - start;
      }).slice(1); // the first parse compiles the code
    }, PARSES);
    return median(times);
  } finally {
    await page.close();
  }
}

/**
 * The stages on the reader page's timeline, as epoch milliseconds: its document's start, its first
 * contentful paint, the title's first paint (Element Timing, given only to an observer) and the
 * page's extraction. Waits for them with observers in the frame's own script world: Playwright's
 * locators would load their engine into the frame and poll there, on the frame's main thread, in
 * the middle of the very open this times.
 */
async function stagesOf(
  frame: Frame,
): Promise<{ frameStart: number; firstPaint: number; text: number; extract: ExtractTiming; shift: number }> {
  await frame.waitForURL(/\/reader\.html/);
  // No named functions inside: the page does not have tsx's helper for naming them.
  return frame.evaluate(async (names) => {
    type ElementTiming = PerformanceEntry & { identifier: string; renderTime: number };
    const wanted: [string, (entry: PerformanceEntry) => boolean][] = [
      ['element', (entry) => (entry as ElementTiming).identifier === names.articleShown],
      ['paint', (entry) => entry.name === 'first-contentful-paint'],
      ['mark', (entry) => entry.name === names.extract],
    ];
    const [shown, paint, extract] = (await Promise.all(
      wanted.map(
        ([type, found]) =>
          new Promise<PerformanceEntry>((resolve, reject) => {
            setTimeout(() => reject(new Error(`No ${type} entry within 10 s`)), 10_000);
            new PerformanceObserver((list, observer) => {
              const entry = list.getEntries().find(found);
              if (!entry) return;
              observer.disconnect();
              resolve(entry);
            }).observe({ type, buffered: true });
          }),
      ),
    )) as [PerformanceEntry, PerformanceEntry, PerformanceEntry];
    // Once the fonts are in: a font that arrives after the text moves it.
    await document.fonts.ready;
    type LayoutShift = PerformanceEntry & { value: number };
    // A buffered observer holds the entries so far at once.
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    const shifts = observer.takeRecords() as LayoutShift[];
    observer.disconnect();
    return {
      frameStart: performance.timeOrigin,
      firstPaint: performance.timeOrigin + paint.startTime,
      text: performance.timeOrigin + (shown as ElementTiming).renderTime,
      extract: (extract as PerformanceMark).detail as ExtractTiming,
      shift: shifts.reduce((sum, shift) => sum + shift.value, 0),
    };
  }, OPEN_STAGES);
}

/**
 * Times, in the page, its frame that first draws the reader's frame: a rendering frame runs its
 * animation callbacks, then paints, then takes the next task (the most urgent one is this).
 */
async function watchForCover(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    const win = window as unknown as { benchCoverAt?: Promise<number> };
    win.benchCoverAt = new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error('No reader frame on the page within 10 s')), 10_000);
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        // Ahead of the page's other tasks: the extraction, queued before this paint, would run first.
        requestAnimationFrame(() => {
          void scheduler.postTask(() => resolve(performance.timeOrigin + performance.now()), {
            priority: 'user-blocking',
          });
        });
      });
      observer.observe(document.documentElement, { childList: true });
    });
  }, READER_FRAME);
}

/** Opens the reader on `page` the `way` a person does; returns when the key was received or the click sent. */
async function open(extension: LaunchedExtension, page: Page, way: Way, temperature: Temperature): Promise<number> {
  if (way === 'shortcut') {
    await focusWindowOf(page);
    if (temperature === 'cold') await stopServiceWorker(extension);
    // The press is timed where the browser receives it: the chord's first key down, as the page
    // sees it (the event's own time). Its last key, the browser's shortcut, follows at once and
    // never reaches the page. Starting xdotool takes 5-15 ms before that, a tool's delay, not one
    // the person waits through.
    await page.evaluate(() => {
      (window as unknown as { benchKeyAt: Promise<number> }).benchKeyAt = new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error('No key reached the page within 10 s')), 10_000);
        addEventListener('keydown', (event) => resolve(performance.timeOrigin + event.timeStamp), {
          capture: true,
          once: true,
        });
      });
    });
    pressChord('alt+shift+r');
    return page.evaluate(() => (window as unknown as { benchKeyAt: Promise<number> }).benchKeyAt);
  }
  const { popup, client } = await pressToolbarButton(extension, page);
  try {
    await popup.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Read this page');
    // The popup is open with its worker asleep, as after the browser stopped an idle one.
    if (temperature === 'cold') await stopServiceWorker(extension);
    const sent = epochNow();
    await popup.keyboard.down('Enter');
    return sent;
  } finally {
    await client.close();
  }
}

/** One open of the reader, timed, then closed with Esc: one way to close, whichever way it opened. */
async function timeOpen(extension: LaunchedExtension, page: Page, way: Way, temperature: Temperature): Promise<Open> {
  await watchForCover(page);
  const sent = await open(extension, page, way, temperature);
  // Resolves once the frame is on the page: no polling there, where the extraction runs.
  const cover = await page.evaluate(() => (window as unknown as { benchCoverAt: Promise<number> }).benchCoverAt);
  const frame = await readerDocument(page);
  const stages = await stagesOf(frame);
  await waitForReaderState(frame, 'ready');
  await closeReaderWithEscape(page, frame);
  return {
    cover: cover - sent,
    frameStart: stages.frameStart - sent,
    firstPaint: stages.firstPaint - sent,
    text: stages.text - sent,
    extract: stages.extract.extractMs,
    extractStart: stages.extract.startedAt - sent,
    shift: stages.shift,
  };
}

const ms = (value: number) => `${Math.round(value)}`.padStart(5);

function row(label: string, opens: Open[], parseMs: number, budget: number | undefined, warmText?: number): string {
  const of = (stage: keyof Open) => median(opens.map((o) => o[stage]));
  const text = of('text');
  const slowest = Math.max(...opens.map((o) => o.text));
  const verdicts: string[] = [];
  if (budget !== undefined) {
    const limit = parseMs + budget;
    verdicts.push(`text <= parse + ${budget} = ${Math.round(limit)}${text > limit ? ' MISSED' : ''}`);
  }
  if (warmText === undefined && of('cover') > FIRST_PAINT_TARGET_MS)
    verdicts.push(`cover > ${FIRST_PAINT_TARGET_MS} MISSED`);
  if (warmText === undefined && of('firstPaint') > FIRST_PAINT_TARGET_MS)
    verdicts.push(`first paint > ${FIRST_PAINT_TARGET_MS} MISSED`);
  if (warmText !== undefined)
    verdicts.push(
      `${(text / warmText).toFixed(1)}x warm${text > COLD_FACTOR * warmText ? ` (> ${COLD_FACTOR}x MISSED)` : ''}`,
    );
  const cells = [
    ms(of('cover')),
    ms(of('frameStart')),
    ms(of('firstPaint')),
    ms(text),
    ms(slowest),
    ms(median(opens.map((o) => o.text - o.firstPaint))),
    ms(of('extractStart')),
    ms(of('extract')),
    `${(text / parseMs).toFixed(1)}x`.padStart(7),
    of('shift').toFixed(3).padStart(6),
  ];
  return `${label.padEnd(30)} ${cells.join(' ')}  ${verdicts.join('; ')}`;
}

export async function benchOpen(): Promise<void> {
  console.log('\nOpening the reader (built extension in headed Chromium; building it first: npx wxt build)');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const stopWindowManager = await startWindowManager();
  const server = await servePages();
  const extension = await launchExtension({ headed: true });
  try {
    await assignShortcut(extension);
    const bundle = await readabilityBundle();
    console.log(`${OPENS} opens each; milliseconds from the key or click, medians (text also its slowest);`);
    console.log(
      'cover: the page painted under the reader, frame: its document starts, paint: its first paint; ' +
        "p->t: first paint to text; x@, x ms: the extraction's start, and its length in the page; ratio: text / parse; " +
        'shift: layout shift score of the reader once its fonts are in',
    );
    console.log(
      `${''.padEnd(30)} ${'cover'.padStart(5)} ${'frame'.padStart(5)} ${'paint'.padStart(5)} ${'text'.padStart(5)} ${'worst'.padStart(5)} ` +
        `${'p->t'.padStart(5)} ${'x@'.padStart(5)} ${'x ms'.padStart(5)} ${'ratio'.padStart(7)} ${'shift'.padStart(6)}`,
    );
    for (const { slug, label, textBudgetMs } of PAGES) {
      const url = server.pageUrl(slug);
      const parseMs = await readabilityParseMs(extension, url, bundle);
      console.log(`${label} (${slug}): Readability's parse in the page ${parseMs.toFixed(1)} ms`);
      const page = await extension.context.newPage();
      await page.goto(url);
      for (const way of ['shortcut', 'popup'] as const) {
        const budget = (textBudgetMs as Partial<Record<Way, number>>)[way];
        const cold: Open[] = [];
        for (let i = 0; i < OPENS; i++) cold.push(await timeOpen(extension, page, way, 'cold'));
        await timeOpen(extension, page, way, 'warm'); // open, close: the next opens are warm
        const warm: Open[] = [];
        for (let i = 0; i < OPENS; i++) warm.push(await timeOpen(extension, page, way, 'warm'));
        const warmText = median(warm.map((o) => o.text));
        console.log(row(`  ${way}, warm`, warm, parseMs, budget));
        console.log(row(`  ${way}, cold`, cold, parseMs, undefined, warmText));
      }
      await page.close();
    }
  } finally {
    await extension.close();
    await server.close();
    stopWindowManager();
  }
  console.log(`(extension: ${EXTENSION_DIR})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchOpen();
