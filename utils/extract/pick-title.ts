import { isSiteName } from './is-site-name';
import { normalizeSpace } from './normalize-space';
import { titleKey } from './title-key';
import { words } from './words';

export interface TitleSources {
  /** From structured data and meta tags, most trusted first. */
  candidates: string[];
  /** Texts of the page's h1/h2 headings, in page order. */
  headings: string[];
  /** The text of an article's one h1, or null (see PageMetadata.headline). */
  headline: string | null;
  /** Readability's guess (it keeps some site suffixes), or null. */
  readabilityTitle: string | null;
  documentTitle: string;
  /** The names the site goes by (og:site_name, its WebSite's name, publisher...) and its host name. */
  siteNames: string[];
}

/** " | ", " - ", " · "... with spaces around; a colon needs only the space after it. */
const SEPARATOR = /(?:\s+[|\-–—:·•»«/\\]+|:)\s+/g;

/** "A | B - C" -> ["A", "A | B"] and ["B - C", "C"]: the title cut at each separator, both sides. */
function cuts(title: string): { head: string; tail: string }[] {
  return [...title.matchAll(SEPARATOR)].map((match) => ({
    head: title.slice(0, match.index),
    tail: title.slice(match.index + match[0].length),
  }));
}

/** "Title | Site", "Title - Site", "Site: Title" -> "Title", as often as the site shows; a title that is only the site name stays. */
function stripSiteName(title: string, siteNames: readonly string[]): string {
  let stripped = normalizeSpace(title);
  for (;;) {
    const parts = cuts(stripped);
    const first = parts[0];
    const last = parts.at(-1);
    if (last && isSiteName(last.tail, siteNames)) stripped = last.head;
    else if (first && isSiteName(first.head, siteNames)) stripped = first.tail;
    else return stripped;
  }
}

/**
 * The part of `title` that a heading shows, when the rest is cut off at a separator ("Headline |
 * Section | Site" with an h1 "Headline", "Blog: Headline" with an h1 "Headline"); null when no heading
 * does. A heading that is the site's name is not the article's.
 */
function headingPart(title: string, headingKeys: ReadonlySet<string>, siteNames: readonly string[]): string | null {
  for (const { head, tail } of cuts(title)) {
    for (const part of [head, tail]) {
      if (headingKeys.has(titleKey(part)) && !isSiteName(part, siteNames)) return part;
    }
  }
  return null;
}

/**
 * True when `headline`, the page's one h1, words the story that `title` names (for search engines
 * and sharing) in its own way: they share at least half the words of the longer. An h1 in capitals
 * throughout is a styled label, and the site's name is not the story's.
 */
function isSameStory(headline: string, title: string, siteNames: readonly string[]): boolean {
  if (headline.toUpperCase() === headline || isSiteName(headline, siteNames)) return false;
  const ours = new Set(words(headline));
  const theirs = new Set(words(title));
  let shared = 0;
  for (const word of ours) if (theirs.has(word)) shared++;
  return shared >= Math.max(ours.size, theirs.size) / 2;
}

/**
 * The article's title: the structured-data/meta headline that a heading on the page agrees with,
 * whole or for the part before or after a separator (the rest being the site, a section or an
 * author), then the same part of the document title; else the first of those headlines, else
 * Readability's guess, else the document title, each without the site name. An article's one h1
 * (`headline`) takes the place of that title where it words the same story its own way: the reader
 * shows the headline the person was reading. Returns '' only when the page has no title anywhere.
 */
export function pickTitle(sources: TitleSources): string {
  const found = titleAgreedOrDeclared(sources);
  const { headline, siteNames } = sources;
  return headline && titleKey(found) !== titleKey(headline) && isSameStory(headline, found, siteNames)
    ? headline
    : found;
}

function titleAgreedOrDeclared(sources: TitleSources): string {
  const { siteNames } = sources;
  const declared = sources.candidates.map(normalizeSpace).filter(Boolean);
  const documentTitle = normalizeSpace(sources.documentTitle);
  const headingKeys = new Map(sources.headings.map((heading) => [titleKey(heading), normalizeSpace(heading)]));
  for (const title of declared) {
    if (headingKeys.has(titleKey(title))) return title;
  }
  const keys = new Set(headingKeys.keys());
  for (const title of [...declared, documentTitle]) {
    const part = headingPart(title, keys, siteNames);
    if (part) return part;
  }
  const strip = (title: string) => stripSiteName(title, siteNames);
  if (declared[0]) return strip(declared[0]);
  const documentKey = titleKey(documentTitle);
  for (const [key, heading] of headingKeys) {
    // Short headings ("Results") appear in many titles by chance; a headline is longer.
    if (key.length >= 15 && !isSiteName(heading, siteNames) && documentKey.includes(key)) return heading;
  }
  return strip(sources.readabilityTitle ?? '') || strip(documentTitle);
}
