// Robustness over the 128 real pages of Readability's own test suite (../shared/readability-pages),
// and a check that our cleaning keeps what Readability keeps: the text blocks of its expected.html
// (its own output) must appear in our text. What Readability keeps includes some furniture that we
// remove on purpose (share prompts, newsletter boxes, comments, author bios), hence a share, not all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { parseHtml } from '../../scripts/parse-html';

const ROOT = fileURLToPath(new URL('../../../shared/readability-pages/', import.meta.url));
const PAGE_URL = 'http://fakehost/test/page.html';
const MIN_KEPT_SHARE = 0.99;
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, pre, blockquote, figcaption, dt, dd, caption';

const pages = existsSync(ROOT)
  ? readdirSync(ROOT, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(`${ROOT}${entry.name}/source.html`))
      .map((entry) => entry.name)
      .sort()
  : [];

/** Text without any whitespace: block boundaries are newlines for us and nothing for Readability. */
function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The innermost text blocks of Readability's output. */
function readabilityBlocks(name: string): string[] {
  const fragment = JSDOM.fragment(readFileSync(`${ROOT}${name}/expected.html`, 'utf8'));
  return [...fragment.querySelectorAll(BLOCKS)]
    .filter((block) => !block.querySelector(BLOCKS))
    .map((block) => squeezed(block.textContent ?? ''))
    .filter(Boolean);
}

interface Kept {
  name: string;
  blocks: number;
  missing: string[];
}
const kept: Kept[] = [];

describe('Readability test pages', () => {
  it('are all there', () => {
    expect(pages.length).toBeGreaterThanOrEqual(128);
  });

  it.each(pages)('%s: extracts without throwing', (name) => {
    const doc = parseHtml(readFileSync(`${ROOT}${name}/source.html`, 'utf8'), PAGE_URL);
    try {
      const outcome = extractArticle(doc, PAGE_URL, { force: true });
      const text = outcome.ok ? squeezed(outcome.article.text) : '';
      const blocks = readabilityBlocks(name);
      kept.push({ name, blocks: blocks.length, missing: blocks.filter((block) => !text.includes(block)) });
    } finally {
      // jsdom keeps a window alive until it is closed: 128 of them would exhaust the heap.
      doc.defaultView?.close();
    }
  });

  it(`keeps at least ${MIN_KEPT_SHARE * 100}% of the text blocks Readability keeps`, () => {
    expect(kept.length, 'run the whole file: this check sums the pages above').toBe(pages.length);
    const total = kept.reduce((sum, page) => sum + page.blocks, 0);
    const missing = kept.reduce((sum, page) => sum + page.missing.length, 0);
    const worst = [...kept]
      .sort((a, b) => b.missing.length - a.missing.length)
      .slice(0, 5)
      .map((page) => `${page.name} ${page.missing.length}/${page.blocks}`)
      .join(', ');
    const share = 1 - missing / total;
    expect(share, `kept ${(share * 100).toFixed(2)}% of ${total} blocks; fewest kept: ${worst}`).toBeGreaterThanOrEqual(
      MIN_KEPT_SHARE,
    );
  });
});
