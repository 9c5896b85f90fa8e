import type { Article, LeadImage } from '../extract/article';
import { isWebUrl } from '../extract/is-web-url';
import { isCount, isId, isObject, isText } from '../value-checks';
import type { SavedArticle } from './records';

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
  return src !== undefined && isWebUrl(src) && alt !== undefined && caption !== undefined
    ? { src, alt, caption }
    : undefined;
}

type Metadata = Omit<Article, 'html' | 'text'>;

/** The metadata fields every article record has, each checked; null when any is wrong. */
function parseMetadata(value: Record<string, unknown>): Metadata | null {
  const metadata = {
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
    wordCount: count(value.wordCount),
    readingMinutes: count(value.readingMinutes),
  };
  if (Object.values(metadata).includes(undefined)) return null;
  return isWebUrl(metadata.url!) ? (metadata as Metadata) : null;
}

/**
 * Returns a well-formed copy of an article record from a message or the database, or null when
 * any field is missing, of the wrong type or beyond bounds. `html` is not trusted by this check:
 * whoever shows it sanitizes it.
 */
export function parseArticle(value: unknown): Article | null {
  if (!isObject(value)) return null;
  const metadata = parseMetadata(value);
  const html = text(value.html, MAX_BODY_CHARS);
  const body = text(value.text, MAX_BODY_CHARS);
  return metadata && html !== undefined && body !== undefined ? { ...metadata, html, text: body } : null;
}

/** The same check for a library record (metadata and what the library keeps with it), or null. */
export function parseSavedArticle(value: unknown): SavedArticle | null {
  if (!isObject(value)) return null;
  const metadata = parseMetadata(value);
  const { id, doc, savedAt, updatedAt, highlightCount, progress, deletedAt } = value;
  if (!metadata || !isId(id) || !isCount(doc) || !isCount(savedAt) || !isCount(updatedAt) || !isCount(highlightCount))
    return null;
  if (typeof progress !== 'number' || !(progress >= 0 && progress <= 1)) return null;
  if (deletedAt !== null && !isCount(deletedAt)) return null;
  return { ...metadata, id, doc, savedAt, updatedAt, highlightCount, progress, deletedAt };
}
