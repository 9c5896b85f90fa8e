import { Readability } from '@mozilla/readability';
import { applySiteRules } from '../site-rules/apply-site-rules';
import { textLength } from '../site-rules/text-length';
import { absoluteUrl } from './absolute-url';
import { addLeadImage } from './add-lead-image';
import type { ExtractOptions, ExtractOutcome, LeadImage } from './article';
import { cleanByline } from './clean-byline';
import { closestTag } from './closest-tag';
import { dropHeadingSlugs } from './drop-heading-slugs';
import { dropHiddenByClass } from './drop-hidden-by-class';
import { elementsIn } from './elements-in';
import { embedsToLinks, PLAYER_URL } from './embeds-to-links';
import { findByline } from './find-byline';
import { findDateline, type Dateline } from './find-dateline';
import { findLeadImage } from './find-lead-image';
import { findSplitArticle, pageProse } from './find-split-article';
import { findThread, threadOutweighs } from './find-thread';
import { findTitleHeading } from './find-title-heading';
import { isHeading } from './is-heading';
import { isInRunningText } from './is-in-running-text';
import { isListing } from './is-listing';
import { liftVeils } from './lift-veils';
import { openPanels } from './open-panels';
import { isTooLarge } from './is-too-large';
import { isWebUrl } from './is-web-url';
import { normalizeSpace } from './normalize-space';
import { unwrapNoscriptContent } from './noscript-content';
import { unlinkHeadings } from './unlink-headings';
import { paragraphsAsParsed } from './paragraphs-as-parsed';
import { placeStreamedSegments } from './place-streamed-segments';
import { pickTitle, type TitleSources } from './pick-title';
import { plainText } from './plain-text';
import { postAuthor } from './post-author';
import { postClean } from './post-clean';
import { preClean } from './pre-clean';
import { readMetadata, type PageMetadata } from './read-metadata';
import { readingTime } from './reading-time';
import { resolveLazyImages } from './resolve-lazy-images';
import { resolveUrls } from './resolve-urls';
import { sanitizeArticleElement } from './sanitize-html';
import { stopwatch } from './stopwatch';
import { stripBidiControls } from './strip-bidi-controls';
import { builtIn, unclobbered } from './unclobbered';

const TOO_LARGE = {
  ok: false,
  reason: 'too-large',
  message: 'This page is too large to open in the reader.',
} as const satisfies ExtractOutcome;

const NOT_ARTICLE = {
  ok: false,
  reason: 'not-article',
  message: "This page doesn't look like an article.",
} as const satisfies ExtractOutcome;

/** Less text outside links than this (in characters) is too little to read: a page of links, an app, a form. */
const MIN_READABLE_CHARS = 140;

/**
 * Extracts the article of `doc` (the page at `url`): our clean-up, Readability, metadata, lead image,
 * DOMPurify, plain text, reading time. Pure: reads `doc` without changing it (works on a clone), uses
 * no extension API, and runs alike in a content script and in Node with jsdom. Returns
 * `{ ok: false, reason: 'too-large' }` for pages too big to process promptly and
 * `{ ok: false, reason: 'not-article' }` (unless `options.force`) only for a list of items (a home
 * page, a section front, search results) or a page with too little text to read: someone asked for
 * the reader, so any page with something to read opens, whatever it is. Throws only if `doc` has no
 * window (DOMPurify needs one).
 */
export function extractArticle(page: Document, url: string, options: ExtractOptions = {}): ExtractOutcome {
  // The window must come from the page itself: a cloned document has none.
  const win = builtIn<Window | null>(page, 'defaultView');
  if (!win) throw new TypeError('extractArticle needs a document that has a window (doc.defaultView).');
  const lap = stopwatch(options.onStage);
  if (isTooLarge(page)) return TOO_LARGE;
  const doc = unclobbered(page);
  lap('size check');
  const listing = isListing(doc);
  lap('listing check');
  if (listing && !options.force) return NOT_ARTICLE;

  const pageUrl = absoluteUrl(url, doc.URL) ?? doc.URL;
  const metadata = readMetadata(doc, pageUrl);
  const { baseUrl } = metadata;
  const draftTitle = pickTitle(titleSources(metadata, null));
  lap('metadata');

  // Readability and our cleaners mutate: everything below works on a clone (the copy made of a page
  // whose names shadowed its properties is one already).
  const clone = workingCopy(doc, page);
  lap('clone');
  const skippedRules = options.rules ? applySiteRules(clone, options.rules) : [];
  lap('site rules');
  const { dateline, shownByline, lead, thread, threadAuthor } = prepare(clone, metadata, draftTitle);
  const prose = pageProse(clone);
  lap('pre-clean');

  const parsed = new Readability<Element>(clone, {
    serializer: (el) => el as Element,
    allowedVideoRegex: PLAYER_URL,
  }).parse();
  lap('readability');
  // Readability keeps the one post of a discussion that says the most: the reader shows them all.
  const threaded = thread && (!parsed?.content || threadOutweighs(thread, parsed.content));
  // An article over a discussion is the part Readability picked: the rest is what people said of it.
  const whole =
    !thread && parsed?.content
      ? findSplitArticle(parsed.content, prose, () => prepared(page, metadata, draftTitle, options))
      : null;
  const content = threaded ? inOneElement(clone, thread) : whole ? inOneElement(clone, [whole]) : parsed?.content;
  if (!content) return NOT_ARTICLE;

  const title = pickTitle(titleSources(metadata, parsed?.title ?? null));
  embedsToLinks(content, baseUrl);
  resolveUrls(content, baseUrl);
  postClean(content, title);
  addLeadImage(content, lead);
  lap('post-clean');

  paragraphsAsParsed(content);
  sanitizeArticleElement(content, win);
  lap('sanitize');
  const text = plainText(content);
  const readerable = !listing && hasReadableText(content);
  if (!readerable && !options.force) return NOT_ARTICLE;
  const { wordCount, readingMinutes } = readingTime(text);
  lap('plain text');

  // A thread's author is whoever opened it, not the poster Readability's pick signs.
  const byline = metadata.byline ?? (thread ? threadAuthor : null) ?? cleanByline(parsed?.byline) ?? shownByline;
  const siteName = metadata.siteName ?? (normalizeSpace(parsed?.siteName ?? '') || null);
  const excerpt = metadata.excerpt ?? (normalizeSpace(parsed?.excerpt ?? '') || null);
  return {
    ok: true,
    readerable,
    article: {
      url: pageUrl,
      canonicalUrl: metadata.canonicalUrl,
      title: stripBidiControls(title),
      byline: label(byline),
      siteName: label(siteName),
      publishedTime: metadata.publishedTime ?? dateline?.date ?? null,
      lang: metadata.lang,
      dir: metadata.dir,
      excerpt: label(excerpt),
      leadImage: lead,
      html: content.innerHTML,
      text,
      wordCount,
      readingMinutes,
    },
    ...(skippedRules.length > 0 && { skippedRules }),
  };
}

interface Prepared {
  dateline: Dateline | null;
  shownByline: string | null;
  lead: LeadImage | null;
  /** Copies of a discussion's posts, made before Readability takes the page apart; null for an article. */
  thread: Element[] | null;
  /** Who opened the discussion, read before cleaning takes the names off its labels. */
  threadAuthor: string | null;
}

/** Readies `clone`, a copy of the page, for Readability; returns what it found on the way. */
function prepare(clone: Document, metadata: PageMetadata, draftTitle: string): Prepared {
  unwrapNoscriptContent(clone);
  placeStreamedSegments(clone);
  resolveLazyImages(clone, metadata.baseUrl);
  const all = elementsIn(clone);
  const titleHeading = findTitleHeading(all, draftTitle);
  const declaredBody = all.find((el) => /\barticleBody\b/.test(el.getAttribute('itemprop') ?? '')) ?? null;
  const elements = dropHiddenByClass(all, [titleHeading, declaredBody]);
  const dateline = findDateline(elements, titleHeading);
  liftVeils([titleHeading, declaredBody]);
  openPanels(elements);
  const shownByline = metadata.byline ? null : findByline(elements, titleHeading);
  const found = findLeadImage(elements, metadata.image, titleHeading);
  // The reader can only show web images (a file: or blob: address would be dropped by the sanitizer).
  const lead = found && isWebUrl(found.src) ? found : null;
  // The reader's header shows the date: the page's dateline ("UPDATED: May 6, 2024") leaves the body.
  if (dateline && !isInRunningText(dateline.element) && !dateline.element.contains(titleHeading)) {
    dateline.element.remove();
  }
  // The headings removed with a dateline above change nothing of the page when cleaned.
  const headings = elements.filter(isHeading);
  unlinkHeadings(headings);
  dropHeadingSlugs(headings);
  const posts = findThread(clone, metadata.discussion);
  const threadAuthor = posts ? postAuthor(posts[0]!) : null;
  preClean(clone, titleHeading, declaredBody, posts !== null);
  // Copies of the posts left after cleaning, as Readability takes the page apart.
  const kept = posts?.filter((post) => post.isConnected).map((post) => post.cloneNode(true) as Element);
  return { dateline, shownByline, lead, thread: kept && kept.length >= 2 ? kept : null, threadAuthor };
}

/** A copy of `page` to work on: `doc`, when it is the copy made of a page whose names shadowed its properties. */
function workingCopy(doc: Document, page: Document): Document {
  return doc === page ? (doc.cloneNode(true) as Document) : doc;
}

/** A fresh copy of `page` readied for Readability, as the first one was (the site's rules applied again). */
function prepared(page: Document, metadata: PageMetadata, draftTitle: string, options: ExtractOptions): Document {
  const clone = workingCopy(unclobbered(page), page);
  if (options.rules) applySiteRules(clone, options.rules);
  prepare(clone, metadata, draftTitle);
  return clone;
}

/** One <div> holding `parts` (a thread's posts, an article's container), in order, as Readability's pick is. */
function inOneElement(doc: Document, parts: Element[]): Element {
  const content = doc.createElement('div');
  content.append(...parts);
  return content;
}

/**
 * True when `content` says at least MIN_READABLE_CHARS characters outside links, spaces ignored.
 * Counting stops there: an article's first paragraphs settle it.
 */
function hasReadableText(content: Element): boolean {
  const walker = content.ownerDocument.createTreeWalker(content, 4 /* NodeFilter.SHOW_TEXT */);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // `content` is an element of its own, in no link: only links inside it count.
    if (closestTag(node.parentElement!, ['A'])) continue;
    count += textLength(node);
    if (count >= MIN_READABLE_CHARS) return true;
  }
  return false;
}

/** A header label as shown: without the direction controls that could spoof it, whichever source gave it. */
function label(value: string | null): string | null {
  return value === null ? null : stripBidiControls(value) || null;
}

function titleSources(metadata: PageMetadata, readabilityTitle: string | null): TitleSources {
  return {
    candidates: metadata.titleCandidates,
    headings: metadata.headings,
    headline: metadata.headline,
    readabilityTitle,
    documentTitle: metadata.documentTitle,
    siteNames: metadata.siteNames,
  };
}
