import { linkDensity } from './link-density';
import { normalizeSpace } from './normalize-space';

/** Fewer linked headings than this is an article with a few related links, not a list of stories. */
const MIN_TEASERS = 4;
/** A heading is a teaser's when this much of its text is a link. */
const LINKED_HEADING_SHARE = 0.8;
/** Shorter headings are labels ("More", "Sport"), not story titles. */
const MIN_HEADLINE_CHARS = 12;
/** Letters a story title has at least ("2024-08-24 10:25:46" has none). */
const MIN_HEADLINE_LETTERS = 6;
/** A paragraph of prose: long enough to be a sentence, not a link list. */
const MIN_PROSE_CHARS = 80;
const MAX_PROSE_LINK_DENSITY = 0.5;

/** True when `heading` is a story title that links to another page (not a fragment of this one). */
function isTeaserHeading(heading: Element): boolean {
  const text = normalizeSpace(heading.textContent ?? '');
  if (text.length < MIN_HEADLINE_CHARS || linkDensity(heading) < LINKED_HEADING_SHARE) return false;
  // A headline is written in words; a forum post's heading links its permalink under a date and a number.
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_HEADLINE_LETTERS) return false;
  const link = heading.getElementsByTagName('a')[0] ?? heading.closest('a');
  return !!link && !(link.getAttribute('href') ?? '#').startsWith('#');
}

/**
 * The element that holds one teaser and no other: its <article> or <li>, else the heading's parent.
 * Null when that holds other linked headings too, as a listicle's body holds all its items.
 */
function teaserOf(heading: Element, headings: Set<Element>): Element | null {
  const box = heading.parentElement?.closest('article, li') ?? heading.parentElement;
  if (!box) return null;
  for (const other of headings) if (other !== heading && box.contains(other)) return null;
  return box;
}

/**
 * True when `doc` is a list of stories rather than one: a section front, a search result page, a
 * tag archive. Such a page shows at least MIN_TEASERS linked headlines, most of its prose is their
 * summaries, and no block outside them holds two paragraphs of prose of its own (an article does,
 * however short, and so does a forum's first post). Read-only; false when in doubt.
 */
export function isListing(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  const headings = new Set([...body.querySelectorAll('h2, h3, h4')].filter(isTeaserHeading));
  if (headings.size < MIN_TEASERS) return false;
  const teasers = [...headings].map((heading) => teaserOf(heading, headings)).filter((el) => el !== null);
  if (teasers.length < MIN_TEASERS) return false;

  let teaserProse = 0;
  let otherProse = 0;
  const paragraphsByParent = new Map<Element, number>();
  for (const p of body.getElementsByTagName('p')) {
    const length = normalizeSpace(p.textContent ?? '').length;
    if (length < MIN_PROSE_CHARS || linkDensity(p) > MAX_PROSE_LINK_DENSITY) continue;
    if (teasers.some((teaser) => teaser.contains(p))) {
      teaserProse += length;
      continue;
    }
    otherProse += length;
    const parent = p.parentElement;
    if (!parent) continue;
    const count = (paragraphsByParent.get(parent) ?? 0) + 1;
    if (count >= 2) return false;
    paragraphsByParent.set(parent, count);
  }
  return teaserProse > otherProse;
}
