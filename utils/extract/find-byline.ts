import { cleanByline } from './clean-byline';

/** Readability's own test for an element that holds the byline (its `REGEXPS.byline`). */
const BYLINE_NAME = /byline|author|dateline|writtenby|p-author/i;
/** Readability's length bound for a byline. */
const MAX_BYLINE_CHARS = 100;
const MAX_BYLINE_CHILDREN = 6;
/** A date or time ("2019", "6:01"): a dateline, not a name. */
const DATE_LIKE = /\d{4}|\d{1,2}:\d{2}/;
/** Labels and links that sit where bylines do but name nobody. */
const NOT_A_NAME = /^(?:by|author|authors|about the author|follow(?: author)?|written by|posted by|more from)\W*$/i;

function isBylineElement(el: Element): boolean {
  if (el.attributes.length === 0) return false;
  if (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop')?.includes('author')) return true;
  return BYLINE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
}

/**
 * The byline the page shows, found as Readability finds it (the first element named like a byline
 * or marked as the author, with short text; its `itemprop="name"` child when it has one), but read
 * before our cleaners remove such elements as furniture. Skips dates and bare labels. Returns the
 * cleaned name(s), or null when no element qualifies.
 */
export function findByline(elements: readonly Element[]): string | null {
  for (const el of elements) {
    // A byline has few children; reading the text of a big wrapper named "author-..." is costly.
    if (el.childElementCount > MAX_BYLINE_CHILDREN || !isBylineElement(el)) continue;
    const text = el.textContent?.trim() ?? '';
    if (!text || text.length >= MAX_BYLINE_CHARS) continue;
    const name = el.querySelector('[itemprop~="name"]')?.textContent ?? text;
    const byline = cleanByline(name);
    if (byline && !DATE_LIKE.test(byline) && !NOT_A_NAME.test(byline)) return byline;
  }
  return null;
}
