/**
 * The nearest ancestor of `el` (or `el` itself) whose tag is one of `tags` (upper case), or null.
 * A loop instead of Element.closest(): jsdom compiles a selector on every call.
 */
export function closestTag(el: Element, tags: readonly string[]): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (tags.includes(node.tagName)) return node;
  }
  return null;
}
