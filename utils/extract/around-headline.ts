/** How far before the headline its dateline or byline may sit (an eyebrow above it), in elements. */
const ELEMENTS_BEFORE = 30;
/** How far after it: past the byline, dateline and standfirst, not into the comments. */
const ELEMENTS_AFTER = 120;

/**
 * The elements around the article's headline, where its byline and dateline are shown, in document
 * order, without the headline and what contains it or is inside it. `elements` are the page's
 * elements in document order; `heading` is the headline (the first h1 when null). Returns [] when
 * the page has no headline.
 */
export function aroundHeadline(elements: readonly Element[], heading: Element | null): Element[] {
  const anchor = heading ?? elements.find((el) => el.tagName === 'H1');
  if (!anchor) return [];
  const at = elements.indexOf(anchor);
  return elements
    .slice(Math.max(0, at - ELEMENTS_BEFORE), at + ELEMENTS_AFTER)
    .filter((el) => el !== anchor && !el.contains(anchor) && !anchor.contains(el));
}
