/**
 * Every element under `root` (not `root` itself), in document order, as a plain array. A manual
 * walk: in jsdom each querySelectorAll call has a fixed cost larger than walking a small article,
 * and the walk is as fast as a selector in a browser. Returns [] for an element without children.
 */
export function elementsIn(root: Element | Document | DocumentFragment): Element[] {
  const found: Element[] = [];
  let node = root.firstElementChild;
  while (node) {
    found.push(node);
    let next: Element | null = node.firstElementChild;
    while (!next && node && node !== root) {
      next = node.nextElementSibling;
      if (!next) node = node.parentElement === root ? null : node.parentElement;
    }
    node = next;
  }
  return found;
}
