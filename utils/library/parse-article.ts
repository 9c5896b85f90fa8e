import type { Article, LeadImage } from '../extract/article';
import { isWebUrl } from '../extract/is-web-url';
import { isCount, isObject, isText } from '../value-checks';

/** An article body larger than this is not one the extractor produced (it stops far earlier). */
const MAX_BODY_CHARS = 20_000_000;
const MAX_FIELD_CHARS = 10_000;

function text(value: unknown, max = MAX_FIELD_CHARS): string | undefined {
  return isText(value, max) ? value : undefined;
}

/** A string or null; undefined when it is neither (the record is then refused). */
function optionalText(value: unknown): string | null | undefined {
  return value === null ? null : text(value);
}

function count(value: unknown): number | undefined {
  return isCount(value) ? value : undefined;
}

function leadImage(value: unknown): LeadImage | null | undefined {
  if (value === null) return null;
  if (!isObject(value)) return undefined;
  const src = text(value.src);
  const alt = text(value.alt);
  const caption = text(value.caption);
  return src !== undefined && isWebUrl(src) && alt !== undefined && caption !== undefined ? { src, alt, caption } : undefined;
}

/**
 * Returns a well-formed copy of an article record from a message or the database, or null when
 * any field is missing, of the wrong type or beyond bounds. `html` is not trusted by this check:
 * whoever shows it sanitizes it.
 */
export function parseArticle(value: unknown): Article | null {
  if (!isObject(value)) return null;
  const article = {
    url: text(value.url),
    canonicalUrl: text(value.canonicalUrl),
    title: text(value.title),
    byline: optionalText(value.byline),
    siteName: optionalText(value.siteName),
    publishedTime: optionalText(value.publishedTime),
    lang: optionalText(value.lang),
    dir: value.dir === 'ltr' || value.dir === 'rtl' || value.dir === null ? value.dir : undefined,
    excerpt: optionalText(value.excerpt),
    leadImage: leadImage(value.leadImage),
    html: text(value.html, MAX_BODY_CHARS),
    text: text(value.text, MAX_BODY_CHARS),
    wordCount: count(value.wordCount),
    readingMinutes: count(value.readingMinutes),
  };
  if (Object.values(article).includes(undefined)) return null;
  if (!isWebUrl(article.url!)) return null;
  return article as Article;
}
