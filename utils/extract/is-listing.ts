import { linkDensity } from './link-density';
import { normalizeSpace } from './normalize-space';
import { proseParagraphs } from './prose';

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
/** A teaser's summary is a sentence or three; more prose than this under one heading may be the page's own. */
const MAX_SUMMARY_CHARS = 500;

/** True when `heading` is a story title that links to another page (not a fragment of this one). */
function isTeaserHeading(heading: Element): boolean {
  const text = normalizeSpace(heading.textContent ?? '');
  if (text.length < MIN_HEADLINE_CHARS || linkDensity(heading) < LINKED_HEADING_SHARE) return false;
  // A headline is written in words; a forum post's heading links its permalink under a date and a number.
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_HEADLINE_LETTERS) return false;
  const link = heading.getElementsByTagName('a')[0] ?? heading.closest('a');
  return !!link && !(link.getAttribute('href') ?? '#').startsWith('#');
}

/** "Re: " and its kin, which a reply's title puts before the thread's. */
const REPLY_PREFIX = /^(?:re|aw|sv|vs|odp|antw|rif)\s*:\s*/i;

/**
 * `headings` without those that repeat an earlier one's text: a list has one title per story (a home
 * page may show one twice), while a thread's posts repeat theirs ("Re: …") or their authors' names.
 */
function storyTitles(headings: Element[]): Element[] {
  const seen = new Set<string>();
  return headings.filter((heading) => {
    const key = normalizeSpace(heading.textContent ?? '')
      .replace(REPLY_PREFIX, '')
      .toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
 * however short, and so does a forum's first post). Prose is <p>s, and text written straight into
 * a block between line breaks, as many forums set their posts. Read-only; false when in doubt.
 */
export function isListing(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  const headings = new Set(storyTitles([...body.querySelectorAll('h2, h3, h4')].filter(isTeaserHeading)));
  if (headings.size < MIN_TEASERS) return false;
  const teasers = [...headings].map((heading) => teaserOf(heading, headings)).filter((el) => el !== null);
  if (teasers.length < MIN_TEASERS) return false;

  const proseByTeaser = new Map<Element, number>();
  let otherProse = 0;
  const paragraphsByParent = new Map<Element, number>();
  for (const { block, length } of paragraphs(body)) {
    const teaser = teasers.find((box) => box.contains(block));
    if (teaser) {
      proseByTeaser.set(teaser, (proseByTeaser.get(teaser) ?? 0) + length);
      continue;
    }
    otherProse += length;
    const parent = block.parentElement;
    if (!parent) continue;
    const count = (paragraphsByParent.get(parent) ?? 0) + 1;
    if (count >= 2) return false;
    paragraphsByParent.set(parent, count);
  }
  // A box that holds more than a summary, and most of the page's prose, is what the page is about,
  // whatever links its heading.
  let allProse = otherProse;
  for (const prose of proseByTeaser.values()) allProse += prose;
  let teaserProse = 0;
  for (const prose of proseByTeaser.values()) {
    if (prose > MAX_SUMMARY_CHARS && prose > allProse / 2) otherProse += prose;
    else teaserProse += prose;
  }
  return teaserProse > otherProse;
}

/**
 * The paragraphs of prose in `body`, each with its length: its <p>s, then its blocks of text between
 * line breaks (a block's own text, outside its <p>s, where a <br> is among its children).
 */
function* paragraphs(body: HTMLElement): Generator<{ block: Element; length: number }> {
  for (const p of body.getElementsByTagName('p')) {
    const length = normalizeSpace(p.textContent ?? '').length;
    if (length >= MIN_PROSE_CHARS && linkDensity(p) <= MAX_PROSE_LINK_DENSITY) yield { block: p, length };
  }
  for (const prose of proseParagraphs(body, MIN_PROSE_CHARS)) {
    if (prose.block.tagName !== 'P' && hasLineBreak(prose.block)) yield prose;
  }
}

function hasLineBreak(block: Element): boolean {
  for (let child = block.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'BR') return true;
  }
  return false;
}
