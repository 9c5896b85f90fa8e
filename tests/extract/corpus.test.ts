// The article pages written for this product (../shared/pages) and the project's own (tests/pages),
// one folder each with source.html + expected.json, read by one loop. The field meanings are in
// ../shared/README.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, ExtractOutcome } from '@/utils/extract/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { OWN_PAGES_DIR, pageFolders, SHARED_PAGES_DIR } from '../../scripts/corpus';
import { parseHtml } from '../../scripts/parse-html';
import { comparable } from '../support/comparable-text';
import { needsCorpus } from '../support/shared-corpus';

interface Expected {
  url: string;
  title?: string;
  siteName?: string;
  byline?: string;
  publishedTime?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  readerable: boolean;
  mustInclude?: string[];
  mustIncludeVerbatim?: string[];
  mustExclude?: string[];
  images?: string[];
}

interface Page {
  name: string;
  dir: string;
}

/** The page folders of `dir`, named `${label}/${folder}`; none when the folder is missing. */
function pagesIn(dir: string, label: string): Page[] {
  return pageFolders(dir).map((folder) => ({ name: `${label}/${folder}`, dir: join(dir, folder) }));
}

const pages = [...pagesIn(SHARED_PAGES_DIR, 'shared'), ...pagesIn(OWN_PAGES_DIR, 'tests')];

/** "By Ana Ruiz and Tom Becker" -> {"ana ruiz", "tom becker"}. */
function names(byline: string): Set<string> {
  return new Set(
    byline
      .replace(/^\s*by\s+/i, '')
      .split(/,|&|\band\b/i)
      .map((name) => comparable(name).toLowerCase())
      .filter(Boolean),
  );
}

function imageSources(article: Article, doc: Document): string[] {
  const template = doc.createElement('template');
  template.innerHTML = article.html;
  return [...template.content.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
}

it(
  'finds the page corpus',
  needsCorpus(SHARED_PAGES_DIR)(() => {
    expect(pages.some((page) => page.name === 'shared/christian-times-aleppo')).toBe(true);
  }),
);

/** Each page with its expectations, read once. */
const expectedPages = pages.map((page) => ({
  ...page,
  expected: JSON.parse(readFileSync(`${page.dir}/expected.json`, 'utf8')) as Expected,
}));

function extractPage(page: Page, expected: Expected): { doc: Document; outcome: ExtractOutcome } {
  const doc = parseHtml(readFileSync(`${page.dir}/source.html`, 'utf8'), expected.url);
  return { doc, outcome: extractArticle(doc, expected.url) };
}

const notArticles = expectedPages.filter((page) => !page.expected.readerable);
const articles = expectedPages.filter((page) => page.expected.readerable);

describe.each(notArticles)('$name', (page) => {
  it('is refused as not an article', () => {
    const { doc, outcome } = extractPage(page, page.expected);
    doc.defaultView?.close();
    expect(outcome).toMatchObject({ ok: false, reason: 'not-article' });
  });
});

describe.each(articles)('$name', (page) => {
  const { expected } = page;
  let doc: Document;
  let outcome: ExtractOutcome;
  let article: Article;

  beforeAll(() => {
    ({ doc, outcome } = extractPage(page, expected));
    if (outcome.ok) article = outcome.article;
  });
  afterAll(() => doc.defaultView?.close());

  it('is extracted', () => {
    expect(outcome.ok).toBe(true);
  });

  it('has the title', () => {
    expect(article.title).toBe(expected.title);
  });

  it.runIf(expected.siteName)('has the site name', () => {
    expect(article.siteName).toBe(expected.siteName);
  });

  it.runIf(expected.byline)('has the byline', () => {
    expect(names(article.byline ?? '')).toEqual(names(expected.byline!));
  });

  it.runIf(expected.publishedTime)('has the publication date', () => {
    expect(article.publishedTime?.slice(0, 10)).toBe(expected.publishedTime!.slice(0, 10));
  });

  it.runIf(expected.lang)('has the language', () => {
    expect(article.lang?.split('-')[0]?.toLowerCase()).toBe(expected.lang!.split('-')[0]!.toLowerCase());
  });

  it.runIf(expected.dir)('has the text direction', () => {
    expect(article.dir).toBe(expected.dir);
  });

  it.runIf(expected.mustInclude?.length)('keeps every block of article text', () => {
    const text = comparable(article.text);
    const missing = expected.mustInclude!.filter((block) => !text.includes(comparable(block)));
    expect(missing).toEqual([]);
  });

  it.runIf(expected.mustIncludeVerbatim?.length)('keeps code blocks byte for byte', () => {
    const missing = expected.mustIncludeVerbatim!.filter((block) => !article.text.includes(block));
    expect(missing).toEqual([]);
  });

  it.runIf(expected.mustExclude?.length)('leaves the clutter out', () => {
    const text = comparable(article.text);
    const present = expected.mustExclude!.filter((clutter) => text.includes(comparable(clutter)));
    expect(present).toEqual([]);
  });

  it.runIf(expected.images?.length)('keeps the article images', () => {
    const shown = new Set([...imageSources(article, doc), article.leadImage?.src]);
    const missing = expected.images!.filter((src) => !shown.has(src));
    expect(missing).toEqual([]);
  });
});
