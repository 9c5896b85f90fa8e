import { normalizeSpace } from './normalize-space';
import { proseBlocks, sum } from './prose';

/** Readability's pick is whole when it holds this share of the page's prose. */
const WHOLE_SHARE = 0.5;
/** The article is the smallest container of the pick that holds this share of the page's prose. */
const ARTICLE_SHARE = 0.8;
/** Widening must gain this much: else the pick is the article and the rest its page's furniture. */
const MIN_GAIN = 1.5;
/** An article split into sections has at least this many (the pick's included). */
const MIN_SECTIONS = 3;
/** A block outside the pick with this share of the page's prose, and this many times the pick's, dwarfs it. */
const DWARFING_SHARE = 0.75;
const DWARFING_GAIN = 3;

/**
 * The whole article when Readability picked one section of it. Page builders and documentation tools
 * split an article into sections, each nested in wrappers of its own, and Readability, which credits
 * a container only with the paragraphs a few levels below it, returns the biggest section.
 * `pick` is Readability's content; `prose` the prose characters of the cleaned page it came from
 * (proseIn); `prepare` makes that cleaned page again, as Readability took the first one apart, and
 * is called only when the pick holds less than half the page's prose.
 * Returns the smallest element of that page around the pick's paragraphs that holds most of the
 * page's prose, when several of its children hold prose (a page of sections, not one article beside
 * a big call-to-action box). Null when the pick is the article.
 */
export function findSplitArticle(pick: Element, prose: number, prepare: () => Document): Element | null {
  const pickBlocks = proseBlocks(pick);
  const picked = sum(pickBlocks);
  if (picked === 0 || picked >= prose * WHOLE_SHARE) return null;
  const body = prepare().body;
  if (!body) return null;
  const blocks = proseBlocks(body);
  const total = sum(blocks);
  if (picked >= total * WHOLE_SHARE) return null;
  const pickedTexts = new Set([...pickBlocks.keys()].map((block) => normalizeSpace(block.textContent ?? '')));
  const lengths = new Map<Element, number>();
  let origin: Element | null = null;
  for (const [block, length] of blocks) {
    for (let up: Element | null = block; up; up = up.parentElement) lengths.set(up, (lengths.get(up) ?? 0) + length);
    if (pickedTexts.has(normalizeSpace(block.textContent ?? '')))
      origin = origin ? commonAncestor(origin, block) : block;
  }
  for (let up = origin; up && up !== body; up = up.parentElement) {
    const length = lengths.get(up) ?? 0;
    if (length < total * ARTICLE_SHARE) continue;
    if (length < picked * MIN_GAIN) return null;
    return isSectioned(up, origin!, picked, lengths) ? up : null;
  }
  return null;
}

/**
 * True when `container` is an article's sections: at least MIN_SECTIONS of its children hold prose,
 * and no block outside the pick's dwarfs both the rest and the pick. Readability scores by paragraphs,
 * so when it left out the block that says most of the page, it judged that block as something
 * else: a slideshow of other stories, a listing.
 */
function isSectioned(container: Element, origin: Element, picked: number, lengths: Map<Element, number>): boolean {
  const total = lengths.get(container) ?? 0;
  let sections = 0;
  for (let child = container.firstElementChild; child; child = child.nextElementSibling) {
    const length = lengths.get(child) ?? 0;
    if (length === 0) continue;
    if (length > total * DWARFING_SHARE && length > picked * DWARFING_GAIN && !child.contains(origin)) return false;
    sections++;
  }
  return sections >= MIN_SECTIONS;
}

function commonAncestor(a: Element, b: Element): Element {
  let up: Element | null = a;
  while (up && !up.contains(b)) up = up.parentElement;
  return up ?? a;
}
