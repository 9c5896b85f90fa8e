import { isProbablyReaderable } from '@mozilla/readability';
import { isListing } from './is-listing';

/** Inline `display: none` / `hidden` / `aria-hidden`: read from attributes, so no CSS is parsed. */
function isVisible(node: Node): boolean {
  const el = node as Element;
  if (el.hasAttribute('hidden')) return false;
  if (el.getAttribute('aria-hidden') === 'true' && !el.getAttribute('class')?.includes('fallback-image')) return false;
  return !/display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

/** schema.org types of one piece of writing (Article, NewsArticle, BlogPosting, ...). */
const ARTICLE_TYPE = /"@type"\s*:\s*\[?\s*"(?:\w*Article|BlogPosting|SocialMediaPosting|DiscussionForumPosting|Report)"/;

/** True when the page says it is one article: og:type "article", or schema.org data of an article type. */
function declaresArticle(doc: Document): boolean {
  if (doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() === 'article') {
    return true;
  }
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].some((script) =>
    ARTICLE_TYPE.test(script.textContent ?? ''),
  );
}

/**
 * A page that says it is an article may be a short one: a news brief of three short paragraphs
 * scores below Readability's default bar (paragraphs of 140+ characters, score 20).
 */
const DECLARED_ARTICLE_BAR = { minContentLength: 100, minScore: 10 };

/**
 * True when `doc` looks like an article: Readability's own quick test (enough visible paragraphs of
 * prose outside unlikely regions, with a lower bar for a page that declares itself an article), and
 * not a list of stories whose summaries pass that test (a section front, search results, a tag
 * archive). Read-only. False for home pages, indexes and apps.
 */
export function isReaderable(doc: Document): boolean {
  // The lower bar admits all the default bar does, so one scan decides.
  const bar = declaresArticle(doc) ? DECLARED_ARTICLE_BAR : {};
  return isProbablyReaderable(doc, { visibilityChecker: isVisible, ...bar }) && !isListing(doc);
}
