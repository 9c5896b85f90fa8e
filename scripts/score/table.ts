// The printed figures of `npm run score` for one group of pages: a table with one line per page type
// and engine (the same row order for every group), metadata match rates, times, and ours' failures.
import type { EngineName, PageResult } from './page';
import { metadataRates, medianRatio, summarize, type EngineSummary, type Rate } from './summary';

/** WCXB's page types in a fixed order; other types follow alphabetically, then "overall". */
const TYPE_ORDER = ['article', 'documentation', 'forum', 'service', 'product', 'collection', 'listing', 'not-article'];
const IDS_SHOWN = 40;
const FOLDED_LEGEND =
  "with~%: with% reading curly quotes, dashes and '…' as the ASCII that snippets are often typed in";

interface Column {
  head: string;
  width: number;
  cell: (summary: EngineSummary) => string;
  /** Whether the column means anything for these pages (e.g. no F1 without a main-content truth). */
  applies: (pages: PageResult[]) => boolean;
}

const fixed = (value: number | null | undefined, digits = 3) => (value == null ? '-' : value.toFixed(digits));
const percent = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)}%`);
const hasText = (pages: PageResult[]) => pages.some((page) => page.page.truth.text !== null);
const hasSnippets = (kind: 'with' | 'without') => (pages: PageResult[]) =>
  pages.some((page) => page.page.truth[kind].length > 0);
const always = () => true;

const COLUMNS: Column[] = [
  { head: 'F1', width: 6, cell: (s) => fixed(s.f1), applies: hasText },
  { head: 'P', width: 6, cell: (s) => fixed(s.precision), applies: hasText },
  { head: 'R', width: 6, cell: (s) => fixed(s.recall), applies: hasText },
  { head: 'shF1', width: 6, cell: (s) => fixed(s.shingle?.f1), applies: hasText },
  { head: 'shP', width: 6, cell: (s) => fixed(s.shingle?.precision), applies: hasText },
  { head: 'shR', width: 6, cell: (s) => fixed(s.shingle?.recall), applies: hasText },
  { head: 'with%', width: 7, cell: (s) => percent(s.withRate), applies: hasSnippets('with') },
  { head: 'with~%', width: 8, cell: (s) => percent(s.withRateFolded), applies: hasSnippets('with') },
  { head: 'w/o%', width: 7, cell: (s) => percent(s.withoutRate), applies: hasSnippets('without') },
  {
    head: 'agree',
    width: 7,
    cell: (s) => percent(s.agreement),
    applies: (pages) => pages.some((p) => p.page.truth.readerable !== null),
  },
  { head: 'refused', width: 11, cell: (s) => `${s.refused} ${percent(s.refused / s.pages)}`, applies: always },
  { head: 'crash', width: 6, cell: (s) => String(s.crashed), applies: always },
  { head: 'ms', width: 7, cell: (s) => fixed(s.medianMs, 1), applies: always },
];

function typeRank(type: string): number {
  const index = TYPE_ORDER.indexOf(type);
  return index === -1 ? TYPE_ORDER.length : index;
}

/** The page types of `pages` in the printed order. */
function typesOf(pages: PageResult[]): string[] {
  return [...new Set(pages.map((page) => page.page.type))].toSorted(
    (a, b) => typeRank(a) - typeRank(b) || a.localeCompare(b),
  );
}

function figuresTable(pages: PageResult[], engines: EngineName[]): string[] {
  const columns = COLUMNS.filter((column) => column.applies(pages));
  const lines = [
    `${'type'.padEnd(14)}${'pages'.padStart(5)}  ${'engine'.padEnd(11)}` +
      columns.map((column) => column.head.padStart(column.width)).join(''),
  ];
  const groups: [string, PageResult[]][] = [
    ...typesOf(pages).map((type): [string, PageResult[]] => [type, pages.filter((page) => page.page.type === type)]),
    ['overall', pages],
  ];
  for (const [type, group] of groups) {
    engines.forEach((engine, index) => {
      const summary = summarize(group, engine);
      const label = index === 0 ? `${type.padEnd(14)}${String(group.length).padStart(5)}` : ' '.repeat(19);
      lines.push(
        `${label}  ${engine.padEnd(11)}` +
          columns.map((column) => column.cell(summary).padStart(column.width)).join(''),
      );
    });
  }
  return lines;
}

function rate({ pages, matched }: Rate): string {
  return percent(pages === 0 ? null : matched / pages);
}

function metadataTable(pages: PageResult[], engines: EngineName[]): string[] {
  const rates = engines.map((engine) => metadataRates(pages, engine));
  const fields = ['title', 'author', 'date'] as const;
  return [
    `${'metadata match'.padEnd(16)}${'pages'.padStart(6)}` + engines.map((engine) => engine.padStart(13)).join(''),
    ...fields.map(
      (field) =>
        `${field.padEnd(16)}${String(rates[0]![field].pages).padStart(6)}` +
        rates.map((engineRates) => rate(engineRates[field]).padStart(13)).join(''),
    ),
  ];
}

function timingLine(pages: PageResult[], engines: EngineName[]): string {
  const medians = engines.map((engine) => `${engine} ${fixed(summarize(pages, engine).medianMs, 1)}`);
  const ratio = medianRatio(pages);
  return (
    `time: median ms per page ${medians.join(', ')}` +
    (ratio === null ? '' : `; median per-page ratio ours/Readability ${ratio.toFixed(2)}x`)
  );
}

function idList(label: string, ids: string[]): string {
  const shown = ids.slice(0, IDS_SHOWN).join(', ');
  return `${label} (${ids.length})${ids.length ? `: ${shown}` : ''}${ids.length > IDS_SHOWN ? `, … ${ids.length - IDS_SHOWN} more` : ''}`;
}

/** The printed section for one group of pages; `title` heads it. */
export function formatSection(title: string, pages: PageResult[], engines: EngineName[]): string {
  const lines = [title, ...figuresTable(pages, engines)];
  if (hasSnippets('with')(pages)) lines.push(FOLDED_LEGEND);
  lines.push('');
  lines.push(...metadataTable(pages, engines), timingLine(pages, engines));
  if (engines.includes('ours')) {
    const ours = pages.flatMap((page) =>
      page.engines.filter((result) => result.engine === 'ours').map((result) => ({ page, result })),
    );
    lines.push(
      idList(
        'ours refused',
        ours.filter(({ result }) => result.refused).map(({ page }) => page.page.id),
      ),
    );
    lines.push(
      idList(
        'ours crashed',
        ours.filter(({ result }) => result.crashed).map(({ page }) => page.page.id),
      ),
    );
  }
  return lines.join('\n');
}
