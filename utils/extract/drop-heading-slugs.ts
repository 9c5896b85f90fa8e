import { isHeading } from './is-heading';
import { words } from './words';

/** A slug names its heading when it spells at least this many of the heading's words. */
const MIN_SLUG_WORDS = 2;

/**
 * A name that says only that its element is a heading ("section-header", "header-anchor-post"), which
 * Readability takes for a page's header. One that also names a part of the page stays.
 */
const NAMES_A_HEADING = /header/i;
const NAMES_A_PART = /sidebar|footer|menu|nav|widget|comment|related|social|share|promo|sponsor|banner|modal|popup/i;

/** True when `name` ("h-what-is-social-shopping") is made of `heading`'s words, all but a prefix or two. */
function isSlugOf(name: string, heading: Set<string>): boolean {
  const parts = words(name);
  return parts.filter((part) => heading.has(part)).length >= Math.max(MIN_SLUG_WORDS, parts.length - 2);
}

/** How many of an element's first children may be the heading that opens it. */
const OPENING_CHILDREN = 3;

/** The element `heading` opens: its parent, when it is the first heading among its first children. */
function openedBy(heading: Element): Element | null {
  const parent = heading.parentElement;
  let child = parent?.firstElementChild ?? null;
  for (let i = 0; child && i < OPENING_CHILDREN; i++, child = child.nextElementSibling) {
    if (child === heading) return parent;
    if (isHeading(child)) return null;
  }
  return null;
}

/** True when `name` ("respond-to-review-comments", "install-2") is made of `heading`'s words alone, two or more. */
function isAnchorOf(name: string, heading: Set<string>): boolean {
  const parts = words(name).filter((part) => !/^\d+$/.test(part));
  return parts.length >= MIN_SLUG_WORDS && parts.every((part) => heading.has(part));
}

/** True when `name` says nothing of a heading but what it says or that it is one. */
function isNeedless(name: string, heading: Set<string>): boolean {
  return isSlugOf(name, heading) || (NAMES_A_HEADING.test(name) && !NAMES_A_PART.test(name));
}

/**
 * Removes the ids and class names that headings take from their own words ("what-is-social-shopping",
 * "h-sponsorship-deals") or that only say they are headings ("section-header"), and the ids that
 * documentation tools (Sphinx, MkDocs, Asciidoctor) give the section a heading opens
 * (`<section id="respond-to-review-comments">`). Readability, like our clean-up, reads names as
 * what an element is, and deletes a heading or a section named with "social", "related", "menu",
 * "replies", "comments" or "header" as page furniture, so a section on social media would lose its
 * title and a guide its section on answering reviews. Without them, a heading is judged by what it
 * says. The reader shows neither ids nor classes. Mutates `headings` (a clone's); never fails.
 */
export function dropHeadingSlugs(headings: readonly Element[]): void {
  for (const heading of headings) {
    const own = new Set(words(heading.textContent ?? ''));
    if (isNeedless(heading.id, own)) heading.removeAttribute('id');
    const classes = [...heading.classList].filter((name) => isNeedless(name, own));
    for (const name of classes) heading.classList.remove(name);
    const section = openedBy(heading);
    if (section && isAnchorOf(section.id, own)) section.removeAttribute('id');
  }
}
