// Shared by readability-pages.test.ts and the child process it starts (measure-pages.child.ts).
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../utils/extract/extract-article';
import { READABILITY_PAGES_DIR, READABILITY_PAGES_URL } from '../../scripts/corpus';
import { parseHtml } from '../../scripts/parse-html';

const BLOCK_TAGS = new Set([
  'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'PRE', 'BLOCKQUOTE', 'FIGCAPTION', 'DT', 'DD', 'CAPTION',
]);

export interface PageMeasure {
  name: string;
  /** Text blocks in Readability's own output (expected.html). */
  blocks: number;
  /** Those of them missing from our text. */
  missing: string[];
  /** What extraction threw, if it did. */
  error: string | null;
}

/** Text without any whitespace: block boundaries are newlines for us and nothing for Readability. */
function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The innermost text blocks (no block inside) of an HTML fragment, squeezed. */
function innermostBlocks(html: string): string[] {
  const all = [...JSDOM.fragment(html).querySelectorAll('*')];
  const outer = new Set<Element>();
  for (const el of all) {
    if (!BLOCK_TAGS.has(el.tagName)) continue;
    for (let up = el.parentElement; up; up = up.parentElement) if (BLOCK_TAGS.has(up.tagName)) outer.add(up);
  }
  return all
    .filter((el) => BLOCK_TAGS.has(el.tagName) && !outer.has(el))
    .map((el) => squeezed(el.textContent ?? ''))
    .filter(Boolean);
}

/** Extracts one of Readability's pages (forced past the article check) and compares with its output. */
export function measurePage(name: string): PageMeasure {
  const blocks = innermostBlocks(readFileSync(`${READABILITY_PAGES_DIR}${name}/expected.html`, 'utf8'));
  const doc = parseHtml(readFileSync(`${READABILITY_PAGES_DIR}${name}/source.html`, 'utf8'), READABILITY_PAGES_URL);
  try {
    const outcome = extractArticle(doc, READABILITY_PAGES_URL, { force: true });
    const text = outcome.ok ? squeezed(outcome.article.text) : '';
    return { name, blocks: blocks.length, missing: blocks.filter((block) => !text.includes(block)), error: null };
  } catch (error) {
    return { name, blocks: blocks.length, missing: blocks, error: String(error) };
  } finally {
    doc.defaultView?.close();
  }
}
