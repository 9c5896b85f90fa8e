import { aroundHeadline } from './around-headline';
import { normalizeSpace, shortText } from './normalize-space';
import { parseShownDate } from './parse-shown-date';

/** A dateline is a line: a date with a label, a name, a reading time. */
const MAX_DATELINE_CHARS = 100;
/** Where dates belong to other pages (menus, sidebars, footers, forms) or are data (tables: an infobox's "Founded"). */
const ELSEWHERE = 'nav, aside, footer, form, table, [role="navigation"], [role="complementary"]';
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'BUTTON', 'SELECT', 'OPTION']);

export interface Dateline {
  /** The innermost element that shows the date with its label ("Updated …", "Published …") or byline. */
  element: Element;
  /** YYYY-MM-DD, or the <time> element's ISO datetime when it has one. */
  date: string;
}

/** A <time datetime> that starts with an ISO date, or null. */
function isoDatetime(el: Element): string | null {
  const value = el.getAttribute('datetime')?.trim() ?? '';
  return /^(?:19|20)\d{2}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** The date `el` shows, when its text is short enough to be a dateline. */
function shownDate(el: Element, now: Date): string | null {
  if (SKIPPED.has(el.tagName) || el.childElementCount > 8) return null;
  const text = shortText(el, MAX_DATELINE_CHARS);
  // A line that ends in a colon leads into what follows ("Posted on the forum on 2025-07-09:" above
  // a quote): it is the body's, whatever date it names.
  if (!text || text.endsWith(':')) return null;
  const date = parseShownDate(text, now);
  if (!date) return null;
  return el.tagName === 'TIME' ? (isoDatetime(el) ?? date) : date;
}

/** `el`, or the element inside it that holds all its text (a wrapper's one child), as deep as it goes. */
function innermost(el: Element): Element {
  const text = normalizeSpace(el.textContent ?? '');
  let current = el;
  for (;;) {
    const child = [...current.children].find((c) => normalizeSpace(c.textContent ?? '') === text);
    if (!child) return current;
    current = child;
  }
}

/**
 * The dateline near the top of the article: the first short element around the headline that shows
 * a date ("UPDATED: May 6, 2024 at 11:02 a.m.", "最終更新 3/15 13:24", a <time datetime>), outside
 * menus, sidebars and footers, not the headline itself. `elements` are the page's elements in
 * document order; `heading` is the article's headline element (the first h1 when null). Returns the
 * element, so the body can leave it out, and its date; null when there is no headline or no date near it.
 */
export function findDateline(
  elements: readonly Element[],
  heading: Element | null,
  now: Date = new Date(),
): Dateline | null {
  for (const el of aroundHeadline(elements, heading)) {
    const date = shownDate(el, now);
    if (!date || el.closest(ELSEWHERE)) continue;
    return { element: innermost(el), date };
  }
  return null;
}
