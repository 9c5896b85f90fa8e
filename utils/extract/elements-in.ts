/**
 * Every element under `root` (not `root` itself), in document order, as a plain array. A tree
 * walker: in jsdom each querySelectorAll call has a fixed cost larger than walking a small article,
 * and reading firstElementChild and nextElementSibling element by element crosses into the DOM
 * twice or more per element, where the walker's own step crosses once. Returns [] for an element
 * without children.
 */
export function elementsIn(root: Element | Document | DocumentFragment): Element[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  const found: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Element);
  return found;
}
