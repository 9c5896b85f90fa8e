/** The tags of the six heading ranks, as `tagName` gives them in an HTML document. */
export const HEADING_TAGS: readonly string[] = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'];

const HEADINGS = new Set(HEADING_TAGS);

/** True for an <h1> to <h6>. */
export function isHeading(el: Element): boolean {
  return HEADINGS.has(el.tagName);
}
