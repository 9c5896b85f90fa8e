import { absoluteUrl } from './absolute-url';
import type { Article } from './article';
import { cleanByline } from './clean-byline';
import { decodeEntities } from './decode-entities';
import { elementsIn } from './elements-in';
import { headingText } from './heading-text';
import { isWebUrl } from './is-web-url';
import { normalizeSpace } from './normalize-space';
import { withoutLegalSuffix } from './without-legal-suffix';

/**
 * What the page says about itself, before the article body is known: the article record's metadata
 * fields (absent values are null; publishedTime ISO 8601 as the page gives it, date part intact), and
 * what the pipeline needs to find the title and the lead image.
 */
export interface PageMetadata extends Pick<
  Article,
  'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir' | 'excerpt' | 'canonicalUrl'
> {
  /** The URL relative addresses resolve against: <base href>, else the page's own URL. */
  baseUrl: string;
  /** Headlines from structured data and meta tags, most trusted first; site suffixes not yet removed. */
  titleCandidates: string[];
  /** Texts of the page's first h1 and h2 headings, in page order. */
  headings: string[];
  /**
   * The text of the one h1 of a page that declares itself an article (schema.org, `og:type`), not a
   * discussion: the headline it shows. Null when it has none, or several, or is not such a page.
   */
  headline: string | null;
  documentTitle: string;
  /**
   * The names the site goes by, for telling them apart from the headline in a title: og:site_name,
   * its WebSite's and publisher's names, application-name, its twitter:site handle, and the host
   * names of the page and of its canonical URL.
   */
  siteNames: string[];
  /** Absolute URL of the image the page declares for sharing (og:image and friends). */
  image: string | null;
  /**
   * True when the page declares itself a discussion: a forum thread or a question with its answers
   * (schema.org DiscussionForumPosting or QAPage, in JSON-LD or microdata, as search engines ask
   * forums to mark their threads).
   */
  discussion: boolean;
}

type JsonObject = Record<string, unknown>;

/** schema.org's Article and its subtypes: NewsArticle, BlogPosting, DiscussionForumPosting, Report... */
const ARTICLE_TYPE = /(?:Article|Posting|Report|Reference)$/;
/** schema.org's types of a page that is a discussion. */
const DISCUSSION_TYPE = /(?:^|\/)(?:DiscussionForumPosting|QAPage)$/;

const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'ha',
  'he',
  'iw',
  'khw',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return normalizeSpace(decodeEntities(value)) || null;
  if (typeof value === 'number') return String(value);
  return null;
}

function types(node: JsonObject): string[] {
  return asArray(node['@type']).filter((t): t is string => typeof t === 'string');
}

/** The elements metadata is read from, gathered in one walk over the page. */
interface PageParts {
  metas: Element[];
  jsonLd: Element[];
  links: Element[];
  base: Element | null;
  /** Elements with an itemprop attribute (schema.org microdata). */
  items: Element[];
  /** <a>/<link> elements with a rel attribute. */
  rels: Element[];
  headings: Element[];
  h1s: Element[];
  /** Whether an element's microdata itemtype is a DISCUSSION_TYPE. */
  discussionItem: boolean;
}

function gather(doc: Document): PageParts {
  const parts: PageParts = {
    metas: [],
    jsonLd: [],
    links: [],
    base: null,
    items: [],
    rels: [],
    headings: [],
    h1s: [],
    discussionItem: false,
  };
  for (const el of elementsIn(doc)) {
    switch (el.tagName) {
      case 'META':
        parts.metas.push(el);
        break;
      case 'SCRIPT':
        if (/ld\+json/i.test(el.getAttribute('type') ?? '')) parts.jsonLd.push(el);
        break;
      case 'LINK':
        parts.links.push(el);
        break;
      case 'BASE':
        parts.base ??= el.hasAttribute('href') ? el : null;
        break;
      case 'H1':
        parts.h1s.push(el);
        if (parts.headings.length < 10) parts.headings.push(el);
        break;
      case 'H2':
        if (parts.headings.length < 10) parts.headings.push(el);
        break;
    }
    if (!el.hasAttributes()) continue;
    if (el.hasAttribute('itemprop')) parts.items.push(el);
    if (!parts.discussionItem && el.hasAttribute('itemtype')) {
      parts.discussionItem = (el.getAttribute('itemtype') ?? '').split(/\s+/).some((t) => DISCUSSION_TYPE.test(t));
    }
    if ((el.tagName === 'A' || el.tagName === 'LINK') && el.hasAttribute('rel')) parts.rels.push(el);
  }
  return parts;
}

/** A heading's link to itself, shown after its text: "Data structures¶" (not "#": "C#" ends so too). */
const PERMALINK_MARK = /\s*[¶§🔗]+$/u;

/** The text of the one heading among `headings` that has any; null when none has, or several have. */
function soleText(headings: Element[]): string | null {
  const texts = headings.map((heading) => headingText(heading).replace(PERMALINK_MARK, '')).filter(Boolean);
  return texts.length === 1 ? texts[0]! : null;
}

/** Every object of every JSON-LD block, with @graph lists and mainEntity objects flattened in. */
function jsonLdNodes(scripts: Element[]): JsonObject[] {
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
  for (const script of scripts) {
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

/**
 * Reads a value through its links: `{ "@id": "#org" }` stands for the node of the same @id elsewhere
 * in the page's JSON-LD (Yoast and others name the author and publisher once in the @graph).
 */
function linkedNodes(nodes: JsonObject[]): (value: unknown) => unknown[] {
  const byId = new Map<unknown, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && node.name !== undefined) byId.set(node['@id'], node);
  return (value) =>
    asArray(value).map((item) => (isObject(item) && item.name === undefined ? (byId.get(item['@id']) ?? item) : item));
}

function names(value: unknown): string[] {
  return asArray(value).flatMap((item) => {
    const name = isObject(item) ? text(item.name) : text(item);
    return name ? [name] : [];
  });
}

function firstUrl(value: unknown): string | null {
  for (const item of asArray(value)) {
    const url = isObject(item) ? (text(item.url) ?? text(item.contentUrl)) : text(item);
    if (url) return url;
  }
  return null;
}

/** meta name/property/itemprop/http-equiv (lower-cased) -> first non-empty content. */
function metaTags(metas: Element[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of metas) {
    const content = normalizeSpace(decodeEntities(meta.getAttribute('content') ?? ''));
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

/** Reads schema.org microdata: the value of the first property `name` on the page, or null. */
function microdataReader(items: Element[]): (name: string) => string | null {
  return (name) => {
    const el = items.find((item) => hasWord(item, 'itemprop', name));
    if (!el) return null;
    const value =
      el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('src') ?? el.getAttribute('href');
    if (value) return normalizeSpace(value) || null;
    const nameEl = items.find((item) => item !== el && el.contains(item) && hasWord(item, 'itemprop', 'name'));
    return normalizeSpace((nameEl ?? el).textContent ?? '') || null;
  };
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
  return isWebUrl(url) ? url : null;
}

/**
 * Reads the page's own description of itself: JSON-LD (arrays and @graph included), OpenGraph,
 * article:* and twitter:* meta tags, schema.org microdata, <html lang/dir>, the canonical link.
 * Read-only. Every field is null when the page does not say; `baseUrl` and `canonicalUrl` fall back
 * to `pageUrl` (absolute).
 */
export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const parts = gather(doc);
  const baseUrl = absoluteUrl(parts.base?.getAttribute('href'), pageUrl) ?? pageUrl;
  const nodes = jsonLdNodes(parts.jsonLd);
  const article = nodes.find((node) => types(node).some((t) => ARTICLE_TYPE.test(t)));
  const website = nodes.find((node) => types(node).includes('WebSite'));
  const meta = metaTags(parts.metas);
  const microdata = microdataReader(parts.items);
  const linked = linkedNodes(nodes);
  const discussion = parts.discussionItem || nodes.some((node) => types(node).some((t) => DISCUSSION_TYPE.test(t)));
  const publisher = names(linked(article?.publisher))[0] ?? null;
  /** The first of the meta tags `keys` (space-separated, most trusted first) that `clean` accepts. */
  const fromMeta = (keys: string, clean: (value: string | undefined) => string | null = (value) => value ?? null) => {
    for (const key of keys.split(' ')) {
      const value = clean(meta.get(key));
      if (value) return value;
    }
    return null;
  };

  // An article's schema.org name comes after its headline: some sites put a tagline in `headline`.
  const titleCandidates = [
    text(article?.headline),
    text(article?.name),
    ...['og:title', 'twitter:title', 'dc.title'].map((key) => meta.get(key)),
  ].filter((title): title is string => !!title);

  // Each chain stops at the first source that answers: structured data, then meta tags, then the DOM.
  const byline =
    cleanByline([...new Set(names(linked(article?.author)))].join(', ')) ??
    fromMeta('author article:author dc.creator parsely-author', cleanByline) ??
    cleanByline(microdata('author')) ??
    cleanByline(parts.rels.find((el) => hasWord(el, 'rel', 'author'))?.textContent);

  const publishedTime =
    cleanDate(text(article?.datePublished) ?? text(article?.dateCreated)) ??
    fromMeta('article:published_time datepublished og:published_time parsely-pub-date', cleanDate) ??
    fromMeta('dc.date.issued dc.date date pubdate publish-date', cleanDate) ??
    cleanDate(microdata('datePublished'));

  const root = doc.documentElement;
  const lang =
    cleanLang(root.getAttribute('lang') ?? root.getAttribute('xml:lang')) ??
    cleanLang(text(article?.inLanguage)) ??
    fromMeta('content-language og:locale', cleanLang);
  const primary = lang?.split('-')[0]?.toLowerCase() ?? '';
  // The body's direction is the one its text is shown in, when it overrides the root's.
  const dir =
    cleanDir(doc.body?.getAttribute('dir')) ??
    cleanDir(root.getAttribute('dir')) ??
    (RTL_LANGUAGES.has(primary) ? 'rtl' : null);

  const canonical = parts.links.find((el) => hasWord(el, 'rel', 'canonical'))?.getAttribute('href');
  const canonicalUrl = httpUrl(canonical, baseUrl) ?? httpUrl(meta.get('og:url'), baseUrl) ?? pageUrl;
  const websiteName = website ? text(website.name) : null;
  const siteNames = new Set([
    meta.get('og:site_name'),
    websiteName,
    meta.get('application-name'),
    publisher,
    meta.get('twitter:site')?.replace(/^@/, ''),
    new URL(pageUrl).hostname,
    new URL(canonicalUrl).hostname,
  ]);

  return {
    baseUrl,
    titleCandidates,
    headings: parts.headings.map(headingText),
    headline: (article || meta.get('og:type')?.toLowerCase() === 'article') && !discussion ? soleText(parts.h1s) : null,
    documentTitle: normalizeSpace(doc.title ?? ''),
    byline,
    // The name the site calls itself comes before its publisher's legal name ("… Media Group, LLC").
    siteName:
      meta.get('og:site_name') ??
      websiteName ??
      meta.get('application-name') ??
      (publisher ? withoutLegalSuffix(publisher) : null) ??
      microdata('publisher'),
    publishedTime,
    lang,
    dir,
    excerpt: fromMeta('og:description description twitter:description') ?? text(article?.description),
    siteNames: [...siteNames].filter((name): name is string => !!name),
    canonicalUrl,
    image: httpUrl(
      fromMeta('og:image og:image:url og:image:secure_url twitter:image twitter:image:src') ??
        firstUrl(article?.image) ??
        microdata('image'),
      baseUrl,
    ),
    discussion,
  };
}
