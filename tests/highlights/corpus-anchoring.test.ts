// Anchoring on the articles of ../shared/pages as the reader renders them: every paragraph's middle
// sentence highlighted, described, and placed again, on the same article and on edited versions.
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '@/utils/extract/sanitize-html';
import { anchorSelectors } from '@/utils/highlights/anchor-selectors';
import { describeOffsets } from '@/utils/highlights/describe-range';
import { offsetsOfRange, rangeOfOffsets } from '@/utils/highlights/text-offsets';
import { SHARED_PAGES_DIR } from '../../scripts/corpus';
import {
  corpusArticles,
  editedCases,
  middleSentenceHighlights,
  renderBody,
  scoreAnchoring,
  type AnchorScore,
} from '../../scripts/highlight-corpus';
import { needsCorpus } from '../support/shared-corpus';

const articles = corpusArticles();
const needsSharedPages = needsCorpus(SHARED_PAGES_DIR);

it(
  'extracts every article to the same HTML each time, so stored offsets stay valid',
  needsSharedPages(() => {
    expect(articles.map((a) => a.name)).toContain('christian-times-aleppo');
    expect(corpusArticles()).toEqual(articles);
  }),
);

describe.each(articles)('$name', ({ html, url }) => {
  it('shows the same text on every render: what the reader shows, sanitized again, is unchanged', () => {
    const win = renderBody('').ownerDocument.defaultView!;
    const shown = sanitizeArticleHtml(html, win);
    expect(sanitizeArticleHtml(shown, win)).toBe(shown);
    expect(renderBody(html, url).textContent).toBe(renderBody(shown, url).textContent);
  });

  it("round-trips every paragraph's middle sentence: selection -> selectors -> the same place", () => {
    const body = renderBody(html, url);
    const targets = middleSentenceHighlights(body);
    expect(targets.length).toBeGreaterThan(5);
    const again = renderBody(html, url);
    const text = again.textContent ?? '';
    for (const { selectors } of targets) {
      const range = rangeOfOffsets(body, selectors.position.start, selectors.position.end)!;
      expect(range.toString()).toBe(selectors.quote.exact);
      const offsets = offsetsOfRange(body, range)!;
      expect(describeOffsets(body.textContent ?? '', offsets.start, offsets.end)).toEqual(selectors);
      expect(anchorSelectors(text, selectors)).toEqual({ ...selectors.position, method: 'position' });
    }
  });
});

describe('re-anchoring on edited articles (paragraphs inserted and removed, words changed)', () => {
  const total: AnchorScore = { exact: 0, near: 0, orphaned: 0, missed: 0, wrong: 0, total: 0 };
  for (const { html, url, name } of articles) {
    const body = renderBody(html, url);
    const targets = middleSentenceHighlights(body);
    for (let seed = 1; seed <= 5; seed++) {
      const score = scoreAnchoring(editedCases(body, targets, seed * 7919 + name.length));
      for (const key of Object.keys(total) as (keyof AnchorScore)[]) total[key] += score[key];
    }
  }

  it(
    'never places a highlight where it does not belong',
    needsSharedPages(() => {
      expect(total.total).toBeGreaterThan(300);
      expect(total.wrong).toBe(0);
    }),
  );

  it(
    'places at least 95% of the highlights whose passage is still there exactly',
    needsSharedPages(() => {
      const placeable = total.total - total.orphaned;
      expect(total.exact / placeable).toBeGreaterThanOrEqual(0.95);
    }),
  );

  it(
    'reports the highlights of removed paragraphs as not placed',
    needsSharedPages(() => {
      expect(total.orphaned).toBeGreaterThan(0);
    }),
  );
});
