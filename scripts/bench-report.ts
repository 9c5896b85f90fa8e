// The per-page report of `npm run bench -- --report`: for each page, what we removed on top of
// Readability, what we show that it does not, and our metadata against the expected one. Written as
// static HTML (index.html + one file per page) to be reviewed by eye.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparable } from '../tests/support/comparable-text';
import type { Article } from '../utils/extract/article';
import { compareBlocks, type Block } from './bench-report-blocks';

const METADATA_FIELDS = ['title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt'] as const;
type MetadataField = (typeof METADATA_FIELDS)[number];

export interface ReportPage {
  /** Corpus and folder, e.g. "readability-pages/nytimes-2". */
  name: string;
  /** Plain Readability's article HTML on the same document ('' when it found none). */
  readabilityHtml: string;
  /** Our article (extraction forced past the article check), or null with the reason in `refusal`. */
  article: Article | null;
  refusal: string | null;
  /** The page's expected metadata (expected-metadata.json or expected.json); fields it lacks are not compared. */
  expected: Partial<Record<MetadataField, string | null>>;
  verdict: { expected: boolean; ours: boolean };
  /** Why a block of Readability's article is removed on purpose, when someone has said so; else null. */
  whyRemoved: (text: string) => string | null;
  plainMs: number;
  oursMs: number;
}

type Comparison = 'same' | 'differs' | 'ours only' | 'expected only' | 'neither';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Field values as a reader would compare them: spacing, quotes, case and "By" do not matter. */
function normalized(field: MetadataField, value: string): string {
  let text = comparable(value).toLowerCase();
  if (field === 'byline') text = text.replace(/^by\s+/, '');
  if (field === 'publishedTime') text = text.slice(0, 10);
  if (field === 'lang') text = text.split('-')[0]!;
  return text;
}

function compareField(field: MetadataField, ours: string | null, expected: string | null): Comparison {
  if (!ours && !expected) return 'neither';
  if (!expected) return 'ours only';
  if (!ours) return 'expected only';
  return normalized(field, ours) === normalized(field, expected) ? 'same' : 'differs';
}

/** What the comparison says to a reviewer. */
const COMPARISON_NOTE: Record<Comparison, string> = {
  same: '',
  differs: 'differs: review which is right',
  'ours only': 'ours only: we found what the reference lacks (arguably better; check it)',
  'expected only': 'expected only: we found none',
  neither: '',
};

function blockList(blocks: { text: string; why?: string | null }[]): string {
  if (blocks.length === 0) return '<p class="none">None.</p>';
  const items = blocks.map((block) => {
    const why =
      block.why === undefined
        ? ''
        : `<span class="why ${block.why ? '' : 'lost'}">${escapeHtml(block.why ?? 'not reviewed: article text lost?')}</span> `;
    return `<li>${why}${escapeHtml(block.text)}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

const STYLE = `<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 24px auto; max-width: 1100px; padding: 0 16px; color: #222; }
table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
.why { background: #eef3f8; border-radius: 3px; padding: 0 4px; font-size: 13px; } .why.lost { background: #fbe3e1; }
.differs, .expected-only, .lost-count { color: #a3261b; } .ours-only { color: #1f6f3a; } .none { color: #777; }
li { margin: 3px 0; }
</style>`;

function fileName(name: string): string {
  return `${name.replace(/[^a-z0-9-]+/gi, '_')}.html`;
}

interface Summary {
  page: ReportPage;
  theirs: number;
  missing: { text: string; why: string | null }[];
  added: Block[];
  metadataIssues: number;
}

function pageHtml(summary: Summary): string {
  const { page, missing, added } = summary;
  const metadataRows = METADATA_FIELDS.filter((field) => field in page.expected).map((field) => {
    const ours = page.article?.[field] ?? null;
    const expected = page.expected[field] ?? null;
    const comparison = compareField(field, ours, expected);
    return (
      `<tr><th>${field}</th><td>${escapeHtml(ours ?? '—')}</td><td>${escapeHtml(expected ?? '—')}</td>` +
      `<td class="${comparison.replace(' ', '-')}">${COMPARISON_NOTE[comparison]}</td></tr>`
    );
  });
  const verdict = `expected ${page.verdict.expected ? 'article' : 'not an article'}, ours ${page.verdict.ours ? 'article' : 'not an article'}`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(page.name)}</title>${STYLE}</head><body>
<p><a href="index.html">All pages</a></p>
<h1>${escapeHtml(page.name)}</h1>
<p>Verdict: ${verdict}. Time: Readability ${page.plainMs.toFixed(1)} ms, ours ${page.oursMs.toFixed(1)} ms.
${page.refusal ? `<br>We gave no article: ${escapeHtml(page.refusal)}` : ''}</p>
<h2>Metadata</h2>
<table><tr><th>field</th><th>ours</th><th>expected</th><th></th></tr>${metadataRows.join('')}</table>
<h2>In Readability's article, not in ours (${missing.length} of ${summary.theirs} blocks)</h2>
<p>Each with the reason it is removed on purpose, when reviewed (tests/extract/reviewed-removals.json, or the
page's expected.json).</p>
${blockList(missing)}
<h2>In ours, not in Readability's article (${added.length} blocks)</h2>
${blockList(added)}
</body></html>`;
}

function indexHtml(summaries: Summary[]): string {
  const rows = summaries.map((s) => {
    const lost = s.missing.filter((block) => !block.why).length;
    return (
      `<tr><td><a href="${fileName(s.page.name)}">${escapeHtml(s.page.name)}</a></td><td>${s.theirs}</td>` +
      `<td>${s.missing.length - lost}</td><td class="${lost ? 'lost-count' : ''}">${lost}</td><td>${s.added.length}</td>` +
      `<td class="${s.metadataIssues ? 'differs' : ''}">${s.metadataIssues}</td>` +
      `<td class="${s.page.verdict.ours === s.page.verdict.expected ? '' : 'differs'}">${s.page.verdict.ours ? 'article' : 'refused'}</td>` +
      `<td>${(s.page.oursMs / s.page.plainMs).toFixed(2)}</td></tr>`
    );
  });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lucid Reader: extraction vs Readability</title>${STYLE}</head><body>
<h1>Extraction vs plain Readability, page by page</h1>
<p>Blocks are the innermost text blocks (paragraphs, list items, headings, cells, captions) of Readability's
article. "Removed on purpose" blocks are reviewed furniture; "lost" blocks are not reviewed and may be article text.
"Metadata to review" counts fields that differ from the expected metadata or that only one side has.</p>
<table><tr><th>page</th><th>Readability blocks</th><th>removed on purpose</th><th>lost</th><th>only ours</th>
<th>metadata to review</th><th>our verdict</th><th>time ratio</th></tr>${rows.join('')}</table>
</body></html>`;
}

/**
 * Writes the report into `dir` (emptied first): index.html and one HTML file per page. Returns the
 * index's path. Throws if `dir` cannot be written.
 */
export function writeBenchReport(dir: string, pages: ReportPage[]): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const summaries = pages.map((page): Summary => {
    const diff = compareBlocks(page.readabilityHtml, page.article);
    const metadataIssues = METADATA_FIELDS.filter((field) => field in page.expected).filter((field) => {
      const comparison = compareField(field, page.article?.[field] ?? null, page.expected[field] ?? null);
      return comparison !== 'same' && comparison !== 'neither';
    }).length;
    return {
      page,
      theirs: diff.theirs.length,
      missing: diff.missing.map((block) => ({ text: block.text, why: page.whyRemoved(block.text) })),
      added: diff.added,
      metadataIssues,
    };
  });
  for (const summary of summaries) writeFileSync(join(dir, fileName(summary.page.name)), pageHtml(summary));
  const index = join(dir, 'index.html');
  writeFileSync(index, indexHtml(summaries));
  return index;
}
