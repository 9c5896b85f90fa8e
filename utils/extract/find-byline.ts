import { aroundHeadline } from './around-headline';
import { cleanByline } from './clean-byline';
import { shortText } from './normalize-space';

/** Readability's own test for an element that holds the byline (its `REGEXPS.byline`). */
const BYLINE_NAME = /byline|author|dateline|writtenby|p-author/i;
/** Readability's length bound for a byline. */
const MAX_BYLINE_CHARS = 100;
const MAX_BYLINE_CHILDREN = 6;
/** A date or time ("2019", "6:01"): a dateline, not a name. */
const DATE_LIKE = /\d{4}|\d{1,2}:\d{2}/;
/** Labels and links that sit where bylines do but name nobody ("View more posts", "Author spotlight"). */
const NOT_A_NAME =
  /^(?:by|written by|posted by|more from|insights from|follow(?: author)?)\W*$|\b(?:authors?|posts|articles|stories)\b|:$/i;
/** A line that starts with "By" or "Posted by", the names after it. */
const BY_LINE = /^(?:(?:posted|written)\s+)?by\s*:?\s*(?=\p{Lu})/iu;
/** Where the names of a "By" line end: a date, a time, a separator, "on …", "Updated …". */
const NAMES_END =
  /\s+(?:on|in|at|for|from|updated|published|posted)\b|\s+[|·•–—/-]\s*|\d|\s(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?\s+\d|(?<=\p{Ll})(?=(?:Updated|Published|Posted|Last|Reviewed)\b)/u;
/** One name: one to five capitalised words, particles such as "van der" allowed. */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|der|de|da|di|du|del|la|le|bin|al)\s+)*\p{Lu}[\p{L}'’.-]*){0,4}$/u;

function isBylineElement(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop')?.includes('author')) return true;
  return BYLINE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
}

/** "By Ana Ruiz and Tom Becker · June 3, 2024" -> "Ana Ruiz and Tom Becker"; null when no names follow "By". */
function namesOfByLine(text: string): string | null {
  const by = BY_LINE.exec(text);
  if (!by) return null;
  const rest = text.slice(by[0].length);
  const names = rest
    .slice(0, NAMES_END.exec(rest)?.index ?? rest.length)
    .trim()
    .replace(/,$/, '');
  const parts = names.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/);
  return parts.length > 0 && parts.every((part) => NAME.test(part)) ? names : null;
}

/** The names of the first short "By …" line around the headline, or null. */
function shownByLine(elements: readonly Element[], heading: Element | null): string | null {
  for (const el of aroundHeadline(elements, heading)) {
    if (el.childElementCount > MAX_BYLINE_CHILDREN) continue;
    const text = shortText(el, MAX_BYLINE_CHARS - 1);
    if (text === null) continue;
    const names = namesOfByLine(text);
    if (names) return cleanByline(names);
  }
  return null;
}

/**
 * The byline the page shows: a "By …" line around the headline (`heading`, else the first h1),
 * else found as Readability finds it (the first element named like a byline or marked as the
 * author, with short text; its `itemprop="name"` child when it has one), but read before our
 * cleaners remove such elements as furniture. Skips dates and bare labels. Returns the cleaned
 * name(s), or null when no element qualifies.
 */
export function findByline(elements: readonly Element[], heading: Element | null = null): string | null {
  const byLine = shownByLine(elements, heading);
  if (byLine) return byLine;
  for (const el of elements) {
    // A byline has few children; reading the text of a big wrapper named "author-..." is costly.
    if (!isBylineElement(el) || el.childElementCount > MAX_BYLINE_CHILDREN) continue;
    const text = el.textContent?.trim() ?? '';
    if (!text || text.length >= MAX_BYLINE_CHARS) continue;
    const name = el.querySelector('[itemprop~="name"]')?.textContent ?? text;
    const byline = cleanByline(name);
    if (byline && !DATE_LIKE.test(byline) && !NOT_A_NAME.test(byline)) return byline;
  }
  return null;
}
