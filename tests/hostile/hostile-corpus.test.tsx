// @vitest-environment jsdom
// Every hostile input, each on a page of its own, through the whole pipeline and into the reader's
// view: the output keeps every promise of article-invariants.ts, whatever the page held.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ArticleView } from '@/components/reader/ArticleView';
import type { Article } from '@/utils/extract/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { sanitizeArticleHtml } from '@/utils/extract/sanitize-html';
import { useParsedDocuments } from '../support/parsed-documents';
import { useRenderRoot } from '../support/render-root';
import { BIDI_CONTROLS, elementFacts, htmlViolations, invariantViolations } from './article-invariants';
import { hostileCorpus } from './hostile-corpus';
import { SENTINEL, type HostileInput } from './hostile-input';
import { hostilePage } from './hostile-page';

const PAGE_URL = 'https://harbour.example/notes/hostile';
/**
 * jsdom's parser is quadratic in nesting depth (a 10,000-level page takes over 20 s to parse, and
 * overflows its stack with lists): the deep pages go 1,000 levels deep here, past the pipeline's
 * limit all the same, and 10,000 in Chromium (hostile.e2e.ts).
 */
const JSDOM_NESTING_DEPTH = 1_000;
const parse = useParsedDocuments();
const root = useRenderRoot();

/** Runs `read` with Object.prototype polluted by `pollution`, and cleans it up whatever happens. */
function polluted<T>(pollution: Record<string, unknown> | undefined, read: () => T): T {
  const keys = Object.keys(pollution ?? {});
  try {
    for (const key of keys) {
      // oxlint-disable-next-line no-extend-native -- polluting it is the test
      Object.defineProperty(Object.prototype, key, { value: pollution![key], configurable: true, writable: true });
    }
    return read();
  } finally {
    for (const key of keys) delete (Object.prototype as Record<string, unknown>)[key];
  }
}

/** The input's page through the whole pipeline ("Show it anyway"): the article, or null when refused as expected. */
function extracted(input: HostileInput): Article | null {
  const doc = parse(hostilePage([input]), PAGE_URL);
  const outcome = polluted(input.pollute, () => extractArticle(doc, PAGE_URL, { force: true }));
  expect(outcome.ok ? null : outcome.reason).toBe(input.refused ?? null);
  return outcome.ok ? outcome.article : null;
}

const cases = hostileCorpus(JSDOM_NESTING_DEPTH).flatMap(({ slug, inputs }) =>
  inputs.map((input): [string, string, HostileInput] => [slug, input.name, input]),
);

describe('the hostile corpus', () => {
  it.each(cases)('%s: %s', (_, __, input) => {
    // The input straight into the sanitizer: Readability may drop it before, or refuse the page.
    const direct = sanitizeArticleHtml(input.body ?? '', window);
    expect(htmlViolations(direct, document)).toEqual([]);
    expect(sanitizeArticleHtml(direct, window)).toBe(direct);

    const article = extracted(input);
    if (!article) return;

    // The article as extracted, as the reader sanitizes it again, and sanitized once more.
    expect(htmlViolations(article.html, document)).toEqual([]);
    const inReader = sanitizeArticleHtml(article.html, window);
    expect(inReader).toBe(article.html);
    expect(sanitizeArticleHtml(inReader, window)).toBe(inReader);

    // Metadata: plain text without direction overrides, addresses on the web.
    for (const field of [article.title, article.byline, article.siteName, article.excerpt]) {
      expect(field ?? '').not.toMatch(BIDI_CONTROLS);
    }
    expect(article.url).toMatch(/^https:\/\//);
    expect(article.canonicalUrl).toMatch(/^https?:\/\//);
    expect(article.leadImage?.src ?? 'https://').toMatch(/^https?:\/\//);
    expect(article.lang ?? 'en').toMatch(/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i);
    expect(article.publishedTime ?? '2020-01-01').toMatch(/^\d{4}-\d{2}-\d{2}/);

    // The reader's view of it: the header shows metadata as text, the body adds nothing unsafe.
    render(<ArticleView article={{ ...article, html: inReader }} locale="en-GB" />, root());
    const shown = root().querySelector('article')!;
    expect(invariantViolations(elementFacts(shown))).toEqual([]);
    expect(shown.querySelector('h1')!.textContent).toBe(article.title);
    expect(shown.querySelector('h1')!.childElementCount).toBe(0);
    expect(Reflect.get(window, SENTINEL)).toBeUndefined();
  });
});
