// The corpus figures of one engine over a group of pages (a page type, a half, everything): means of
// the per-page measures as WCXB defines them, refusals, crashes, time, verdicts and metadata matches.
import { median } from '../median';
import { authorMatches, calendarDay, dateMatches, titleMatches } from './metadata-match';
import { corpusShingles, mean } from './metrics';
import type { EngineName, EngineResult, PageResult } from './page';

export interface EngineSummary {
  pages: number;
  /** Means over the pages with a main-content truth; null when none has one. */
  f1: number | null;
  precision: number | null;
  recall: number | null;
  shingle: { precision: number; recall: number; f1: number } | null;
  /** Mean per-page share of snippets found, over the pages that have such snippets; else null. */
  withRate: number | null;
  /** The same share with typography folded (`foldTypography`). */
  withRateFolded: number | null;
  withoutRate: number | null;
  refused: number;
  crashed: number;
  /** Median milliseconds over the pages where the engine did not crash; null when it always did. */
  medianMs: number | null;
  /** Share of pages whose expected verdict (article or not) the engine gave; null when none has one. */
  agreement: number | null;
}

/** Pages with a truth for a field, and how many of them the engine matched. */
export interface Rate {
  pages: number;
  matched: number;
}

export interface MetadataRates {
  title: Rate;
  author: Rate;
  date: Rate;
}

function resultOf(page: PageResult, engine: EngineName): EngineResult | undefined {
  return page.engines.find((result) => result.engine === engine);
}

const meanOrNull = (values: number[]) => (values.length === 0 ? null : mean(values));

/** The figures of `engine` over `pages` (pages where it did not run are left out). */
export function summarize(pages: PageResult[], engine: EngineName): EngineSummary {
  const runs = pages.flatMap((page) => {
    const result = resultOf(page, engine);
    return result ? [{ page: page.page, result }] : [];
  });
  const scored = runs.flatMap(({ result }) => (result.f1 === null ? [] : [result]));
  const share = (kind: 'with' | 'without', found: (result: EngineResult) => number) =>
    meanOrNull(
      runs.flatMap(({ page, result }) => {
        const total = page.truth[kind].length;
        return total === 0 ? [] : [found(result) / total];
      }),
    );
  const times = runs.flatMap(({ result }) => (result.ms === null ? [] : [result.ms]));
  const verdicts = runs.flatMap(({ page, result }) =>
    page.truth.readerable === null ? [] : [page.truth.readerable === (!result.refused && !result.crashed) ? 1 : 0],
  );
  return {
    pages: runs.length,
    f1: meanOrNull(scored.map((result) => result.f1!)),
    precision: meanOrNull(scored.map((result) => result.precision!)),
    recall: meanOrNull(scored.map((result) => result.recall!)),
    shingle: corpusShingles(scored.map((result) => ({ precision: result.shingleP, recall: result.shingleR! }))),
    withRate: share('with', (result) => result.withFound),
    withRateFolded: share('with', (result) => result.withFoundFolded),
    withoutRate: share('without', (result) => result.withoutFound),
    refused: runs.filter(({ result }) => result.refused).length,
    crashed: runs.filter(({ result }) => result.crashed).length,
    medianMs: times.length === 0 ? null : median(times),
    agreement: meanOrNull(verdicts),
  };
}

function count(rate: Rate, matched: boolean): void {
  rate.pages++;
  if (matched) rate.matched++;
}

/**
 * How often `engine` found the truth's title, author and date, over the pages whose truth has them
 * (a date only when it names a day) and that should be shown as articles (a page expected to be
 * refused has nothing to show). A refusal or crash is a miss: the reader would show nothing.
 */
export function metadataRates(pages: PageResult[], engine: EngineName): MetadataRates {
  const rates: MetadataRates = {
    title: { pages: 0, matched: 0 },
    author: { pages: 0, matched: 0 },
    date: { pages: 0, matched: 0 },
  };
  for (const page of pages) {
    const result = resultOf(page, engine);
    if (!result || page.page.truth.readerable === false) continue;
    const { title, author, date } = page.page.truth;
    if (title) count(rates.title, titleMatches(result.title, title));
    if (author) count(rates.author, authorMatches(result.byline, author));
    if (calendarDay(date)) count(rates.date, dateMatches(result.publishedTime, date!));
  }
  return rates;
}

/** The median over pages of ours' time divided by Readability's (pages where both ran); null if none. */
export function medianRatio(pages: PageResult[]): number | null {
  const ratios = pages.flatMap((page) => {
    const ours = resultOf(page, 'ours')?.ms;
    const plain = resultOf(page, 'readability')?.ms;
    return ours != null && plain != null && plain > 0 ? [ours / plain] : [];
  });
  return ratios.length === 0 ? null : median(ratios);
}
