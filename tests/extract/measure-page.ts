// Shared by readability-pages.test.ts and the child process it starts (measure-pages.child.ts).
import { readFileSync } from 'node:fs';
import { compareBlocks } from '../../scripts/bench-report-blocks';
import { READABILITY_PAGES_DIR, READABILITY_PAGES_URL } from '../../scripts/corpus';
import { parseHtml } from '../../scripts/parse-html';
import { extractArticle } from '../../utils/extract/extract-article';
import { reviewedRemoval } from './reviewed-removals';

export interface MissingBlock {
  text: string;
  /** Why we remove it on purpose, from reviewed-removals.json; null when nobody has said so. */
  why: string | null;
}

export interface PageMeasure {
  name: string;
  /** Text blocks in Readability's own output (expected.html). */
  blocks: number;
  /** Those of them missing from what our reader shows (title, byline, text). */
  missing: MissingBlock[];
  /** What extraction threw, if it did. */
  error: string | null;
}

/** Extracts one of Readability's pages (forced past the article check) and compares with its output. */
export function measurePage(name: string): PageMeasure {
  const expected = readFileSync(`${READABILITY_PAGES_DIR}${name}/expected.html`, 'utf8');
  const doc = parseHtml(readFileSync(`${READABILITY_PAGES_DIR}${name}/source.html`, 'utf8'), READABILITY_PAGES_URL);
  let error: string | null = null;
  let diff;
  try {
    const outcome = extractArticle(doc, READABILITY_PAGES_URL, { force: true });
    diff = compareBlocks(expected, outcome.ok ? outcome.article : null);
  } catch (thrown) {
    error = String(thrown);
    diff = compareBlocks(expected, null);
  } finally {
    doc.defaultView?.close();
  }
  return {
    name,
    blocks: diff.theirs.length,
    missing: diff.missing.map((block) => ({ text: block.text, why: reviewedRemoval(name, block.text) })),
    error,
  };
}
