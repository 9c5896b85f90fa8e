import { isTeaserHeading } from './is-listing';
import { normalizeSpace } from './normalize-space';

/** Fewer teasers than this after an article are links it makes, not a list of other stories. */
const MIN_TEASERS = 3;
/** A teaser is a headline, a date and a line or two of summary; an article's section says more. */
const MAX_TEASER_CHARS = 400;
/** A list's label ("Related posts", "More from the blog"): short, not a link, not a sentence. */
const MAX_LABEL_CHARS = 60;
/** The article before the list says at least this much: else the list is the page. */
const MIN_ARTICLE_CHARS = 500;

const HEADINGS = 'h2, h3, h4, h5';

function textOf(node: Node): string {
  return normalizeSpace(node.textContent ?? '');
}

/** The largest element around `heading`, below `content`, that holds no other of `headings`. */
function boxOf(heading: Element, headings: Set<Element>, content: Element): Element {
  let box = heading;
  for (let up = heading.parentElement; up && up !== content; up = up.parentElement) {
    for (const other of headings) if (other !== heading && up.contains(other)) return box;
    box = up;
  }
  return box;
}

function textNodesIn(content: Element): Node[] {
  const found: Node[] = [];
  const walker = content.ownerDocument.createTreeWalker(content, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue?.trim()) found.push(node);
  return found;
}

/** A list's label: a short line of its own, neither a link nor a sentence. */
function isLabel(el: Element | null, text: Node): el is Element {
  if (!el || textOf(el) !== textOf(text)) return false;
  const shown = textOf(el);
  return shown.length <= MAX_LABEL_CHARS && !/[.!?]$/.test(shown) && el.closest('a') === null;
}

/**
 * Removes a list of other stories that ends an article: "Related posts", "More from the blog", a
 * site's latest teasers kept in the article's container. Each teaser is a headline linked to another
 * page with a short summary or a date. MIN_TEASERS or more of them, with nothing else after them,
 * after an article that says more than a few lines, are that list. A listicle's items, whose headings
 * also link out, each say more than a teaser, so they stay. The list's own label goes with it.
 * Mutates `content`; never fails.
 */
export function removeTrailingTeasers(content: Element): void {
  const headings = new Set([...content.querySelectorAll(HEADINGS)].filter(isTeaserHeading));
  if (headings.size < MIN_TEASERS) return;
  const boxes = [...headings].map((heading) => boxOf(heading, headings, content));
  const texts = textNodesIn(content);
  // The texts from `cut` to the end are all in teasers.
  let cut = texts.length;
  while (cut > 0 && boxes.some((box) => box.contains(texts[cut - 1]!))) cut--;
  const after = texts.slice(cut);
  const trailing = boxes.filter((box) => after.some((text) => box.contains(text)));
  if (trailing.length < MIN_TEASERS || trailing.some((box) => textOf(box).length > MAX_TEASER_CHARS)) return;
  const before = texts.slice(0, cut).reduce((sum, text) => sum + textOf(text).length, 0);
  if (before < MIN_ARTICLE_CHARS) return;
  const last = texts[cut - 1]!;
  const label = last.parentElement;
  for (const box of trailing) box.remove();
  if (isLabel(label, last)) label.remove();
}
