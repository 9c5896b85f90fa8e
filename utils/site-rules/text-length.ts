/** Characters of `node`'s text, spaces ignored: how much of a page it holds. */
export function textLength(node: Node | null): number {
  return (node?.textContent ?? '').replace(/\s+/g, '').length;
}
