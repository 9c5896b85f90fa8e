// Robustness over the 128 real pages of Readability's own test suite (../shared/readability-pages),
// and a check that our cleaning keeps what Readability keeps: the text blocks of its expected.html
// (its own output) must appear in our text. Readability keeps some furniture that we remove on
// purpose (share prompts, newsletter boxes, comments, author bios), hence a share, not all.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageFolders, READABILITY_PAGES_DIR } from '../../scripts/corpus';
import { measurePage, type PageMeasure } from './measure-page';

const MIN_KEPT_SHARE = 0.99;

const pages = pageFolders(READABILITY_PAGES_DIR);

// jsdom is slow and the runner gives this file one core: a child process takes every other page.
const here = pages.filter((_, i) => i % 2 === 0);
const there = pages.filter((_, i) => i % 2 === 1);
const measured: PageMeasure[] = [];
let child: Promise<PageMeasure[]>;

beforeAll(() => {
  child = promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('measure-pages.child.ts', import.meta.url)), ...there],
    { cwd: fileURLToPath(new URL('../..', import.meta.url)), maxBuffer: 64 * 1024 * 1024 },
  ).then(({ stdout }) => JSON.parse(stdout) as PageMeasure[]);
  // Reported by the test that awaits it, not as an unhandled rejection.
  child.catch(() => {});
});

describe('Readability test pages', () => {
  it('are all there', () => {
    expect(pages.length).toBeGreaterThanOrEqual(128);
  });

  it.each(here)('%s: extracts without throwing', (name) => {
    const result = measurePage(name);
    measured.push(result);
    expect(result.error).toBeNull();
  });

  it('the other half extract without throwing', { timeout: 120_000 }, async () => {
    const results = await child;
    measured.push(...results);
    expect(results.map((result) => result.name)).toEqual(there);
    expect(results.filter((result) => result.error).map((result) => `${result.name}: ${result.error}`)).toEqual([]);
  });

  it(`keeps at least ${MIN_KEPT_SHARE * 100}% of the text blocks Readability keeps`, () => {
    expect(measured.length, 'run the whole file: this check sums the pages above').toBe(pages.length);
    const total = measured.reduce((sum, page) => sum + page.blocks, 0);
    const missing = measured.reduce((sum, page) => sum + page.missing.length, 0);
    const fewest = measured
      .toSorted((a, b) => b.missing.length - a.missing.length)
      .slice(0, 5)
      .map((page) => `${page.name} ${page.missing.length}/${page.blocks}`)
      .join(', ');
    const share = 1 - missing / total;
    expect(share, `kept ${(share * 100).toFixed(2)}% of ${total} blocks; fewest kept: ${fewest}`).toBeGreaterThanOrEqual(
      MIN_KEPT_SHARE,
    );
  });
});
