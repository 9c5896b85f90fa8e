import { absoluteUrl } from './absolute-url';
import { normalizeSpace } from './normalize-space';

/** What the page says about itself, before the article body is known. Absent values are null. */
export interface PageMetadata {
  /** Headlines from structured data and meta tags, most trusted first; site suffixes not yet removed. */
  titleCandidates: string[];
  documentTitle: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 as the page gives it (date part intact), or null. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  canonicalUrl: string;
  /** Absolute URL of the image the page declares for sharing (og:image and friends). */
  image: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|Recipe|HowTo)$/;

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'iw', 'khw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return normalizeSpace(value) || null;
  if (typeof value === 'number') return String(value);
  return null;
}

function types(node: JsonObject): string[] {
  return asArray(node['@type']).filter((t): t is string => typeof t === 'string');
}

/** Every object of every JSON-LD block, with @graph lists and mainEntity objects flattened in. */
function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4) return;
    for (const item of asArray(value)) {
      if (!isObject(item)) continue;
      nodes.push(item);
      if (item['@graph']) visit(item['@graph'], depth + 1);
      if (isObject(item.mainEntity)) visit(item.mainEntity, depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    // Some CMSs wrap the JSON in an HTML comment or CDATA section.
    const source = (script.textContent ?? '').replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '');
    try {
      visit(JSON.parse(source), 0);
    } catch {
      // A broken block says nothing; the other sources still do.
    }
  }
  return nodes;
}

function names(value: unknown): string[] {
  return asArray(value).flatMap((item) => {
    const name = isObject(item) ? text(item.name) : text(item);
    return name ? [name] : [];
  });
}

function firstUrl(value: unknown): string | null {
  for (const item of asArray(value)) {
    const url = isObject(item) ? text(item.url) ?? text(item.contentUrl) : text(item);
    if (url) return url;
  }
  return null;
}

/** meta name/property/itemprop/http-equiv (lower-cased) -> first non-empty content. */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta')) {
    const content = normalizeSpace(meta.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function hasWord(el: Element, attribute: string, word: string): boolean {
  return (el.getAttribute(attribute) ?? '').toLowerCase().split(/\s+/).includes(word.toLowerCase());
}

/**
 * Reads schema.org microdata: the value of the first property `name` on the page, or null. The
 * elements are gathered once and only if asked (most pages answer from JSON-LD or meta tags).
 */
function microdataReader(doc: Document): (name: string) => string | null {
  let items: Element[] | null = null;
  return (name) => {
    items ??= [...doc.querySelectorAll('[itemprop]')];
    const el = items.find((item) => hasWord(item, 'itemprop', name));
    if (!el) return null;
    const value =
      el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('src') ?? el.getAttribute('href');
    if (value) return normalizeSpace(value) || null;
    const nameEl = items.find((item) => item !== el && el.contains(item) && hasWord(item, 'itemprop', 'name'));
    return normalizeSpace((nameEl ?? el).textContent ?? '') || null;
  };
}

const URL_LIKE = /^(?:https?:)?\/\//i;

/** "By Jane Doe" -> "Jane Doe"; URLs and over-long strings are not bylines. */
function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  const cleaned = normalizeSpace(value).replace(/^(?:by|von|par|por|di|door|av|af)\s*:?\s+/i, '');
  if (!cleaned || URL_LIKE.test(cleaned) || cleaned.length > 120) return null;
  return cleaned;
}

/** A date the page gives, kept as written when it is ISO 8601, else converted; null when unreadable. */
function cleanDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  return /^\d{4}-\d{2}-\d{2}/.test(trimmed) ? trimmed : new Date(time).toISOString();
}

function cleanLang(value: string | null | undefined): string | null {
  const cleaned = value?.trim().replace(/_/g, '-');
  return cleaned && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(cleaned) ? cleaned : null;
}

function cleanDir(value: string | null | undefined): 'ltr' | 'rtl' | null {
  const lower = value?.trim().toLowerCase();
  return lower === 'ltr' || lower === 'rtl' ? lower : null;
}

function httpUrl(value: string | null | undefined, base: string): string | null {
  const url = absoluteUrl(value, base);
  return url && /^https?:/i.test(url) ? url : null;
}

/**
 * Reads the page's own description of itself: JSON-LD (arrays and @graph included), OpenGraph,
 * article:* and twitter:* meta tags, schema.org microdata, <html lang/dir>, the canonical link.
 * Read-only. Every field is null when the page does not say; `canonicalUrl` falls back to `pageUrl`.
 */
export function readMetadata(doc: Document, baseUrl: string, pageUrl: string): PageMetadata {
  const nodes = jsonLdNodes(doc);
  const article = nodes.find((node) => types(node).some((t) => ARTICLE_TYPES.test(t)));
  const website = nodes.find((node) => types(node).includes('WebSite'));
  const meta = metaTags(doc);
  const microdata = microdataReader(doc);
  const publisher = article && isObject(article.publisher) ? text(article.publisher.name) : null;

  const titleCandidates = [
    text(article?.headline),
    meta.get('og:title'),
    meta.get('twitter:title'),
    meta.get('dc.title'),
    meta.get('headline'),
  ].filter((t): t is string => !!t);

  const authors = [...new Set(names(article?.author))];
  // Each chain stops at the first source that answers: the DOM-wide look-ups come last.
  const byline =
    cleanByline(authors.join(', ')) ??
    cleanByline(meta.get('author')) ??
    cleanByline(meta.get('article:author')) ??
    cleanByline(meta.get('dc.creator')) ??
    cleanByline(meta.get('parsely-author')) ??
    cleanByline(microdata('author')) ??
    cleanByline([...doc.querySelectorAll('[rel]')].find((el) => hasWord(el, 'rel', 'author'))?.textContent);

  const publishedTime =
    cleanDate(text(article?.datePublished) ?? text(article?.dateCreated)) ??
    cleanDate(meta.get('article:published_time')) ??
    cleanDate(meta.get('datepublished')) ??
    cleanDate(meta.get('og:published_time')) ??
    cleanDate(meta.get('parsely-pub-date')) ??
    cleanDate(meta.get('dc.date.issued') ?? meta.get('dc.date')) ??
    cleanDate(meta.get('date') ?? meta.get('pubdate') ?? meta.get('publish-date')) ??
    cleanDate(microdata('datePublished'));

  const root = doc.documentElement;
  const lang =
    cleanLang(root.getAttribute('lang') ?? root.getAttribute('xml:lang')) ??
    cleanLang(text(article?.inLanguage)) ??
    cleanLang(meta.get('content-language')) ??
    cleanLang(meta.get('og:locale'));
  const primary = lang?.split('-')[0]?.toLowerCase() ?? '';
  const dir =
    cleanDir(root.getAttribute('dir')) ??
    cleanDir(doc.body?.getAttribute('dir')) ??
    (RTL_LANGUAGES.has(primary) ? 'rtl' : null);

  const canonical = [...doc.querySelectorAll('link')].find((el) => hasWord(el, 'rel', 'canonical'))?.getAttribute('href');

  return {
    titleCandidates,
    documentTitle: normalizeSpace(doc.title ?? ''),
    byline,
    siteName:
      meta.get('og:site_name') ??
      meta.get('application-name') ??
      publisher ??
      (website ? text(website.name) : null) ??
      microdata('publisher'),
    publishedTime,
    lang,
    dir,
    excerpt:
      meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description') ?? text(article?.description),
    canonicalUrl: httpUrl(canonical, baseUrl) ?? httpUrl(meta.get('og:url'), baseUrl) ?? pageUrl,
    image: httpUrl(
      meta.get('og:image') ??
        meta.get('og:image:url') ??
        meta.get('og:image:secure_url') ??
        meta.get('twitter:image') ??
        meta.get('twitter:image:src') ??
        firstUrl(article?.image) ??
        microdata('image'),
      baseUrl,
    ),
  };
}
