/** Beyond these, Readability and the DOM clone take seconds or overflow the stack: refuse early. */
const MAX_ELEMENTS = 200_000;
const MAX_DEPTH = 10_000;

/**
 * True when `doc` has more than `maxElements` elements or nests deeper than `maxDepth`. One walk
 * without recursion that stops at the first bound crossed, so a huge page costs a partial walk only.
 * Returns false for a document without a root element.
 */
export function isTooLarge(doc: Document, maxElements = MAX_ELEMENTS, maxDepth = MAX_DEPTH): boolean {
  let count = 0;
  let depth = 0;
  let node: Element | null = doc.documentElement;
  while (node) {
    if (++count > maxElements || depth > maxDepth) return true;
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node?.nextElementSibling ?? null;
  }
  return false;
}
