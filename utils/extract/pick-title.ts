import { normalizeSpace } from './normalize-space';
import { titleKey } from './title-key';

export interface TitleSources {
  /** From structured data and meta tags, most trusted first. */
  candidates: string[];
  /** Texts of the page's h1/h2 headings, in page order. */
  headings: string[];
  /** Readability's guess (it keeps some site suffixes), or null. */
  readabilityTitle: string | null;
  documentTitle: string;
  siteName: string | null;
}

/** " | ", " - ", " · "... with spaces around; a colon needs only the space after it. */
const SEPARATOR = String.raw`(?:\s+[|\-–—:·•»«/\\]|:)\s+`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Title | Site", "Title - Site", "Site: Title" -> "Title"; a title that is only the site name stays. */
function stripSiteName(title: string, siteName: string | null): string {
  const clean = normalizeSpace(title);
  if (!siteName) return clean;
  const site = escapeRegExp(normalizeSpace(siteName));
  const stripped = clean
    .replace(new RegExp(`${SEPARATOR}${site}$`, 'i'), '')
    .replace(new RegExp(`^${site}${SEPARATOR}`, 'i'), '');
  return stripped || clean;
}

/**
 * The article's title: the structured-data/meta headline that a heading on the page agrees with,
 * else the first of those headlines, else Readability's guess, else the document title, each without
 * the site name. Returns '' only when the page has no title anywhere.
 */
export function pickTitle(sources: TitleSources): string {
  const strip = (title: string) => stripSiteName(title, sources.siteName);
  const declared = sources.candidates.map(strip).filter(Boolean);
  const headingKeys = new Map(sources.headings.map((heading) => [titleKey(heading), normalizeSpace(heading)]));
  for (const title of declared) {
    if (headingKeys.has(titleKey(title))) return title;
  }
  if (declared[0]) return declared[0];
  const documentKey = titleKey(sources.documentTitle);
  const siteKey = sources.siteName ? titleKey(sources.siteName) : null;
  for (const [key, heading] of headingKeys) {
    // Short headings ("Results") appear in many titles by chance; a headline is longer.
    if (key.length >= 15 && key !== siteKey && documentKey.includes(key)) return heading;
  }
  return strip(sources.readabilityTitle ?? '') || strip(sources.documentTitle);
}
