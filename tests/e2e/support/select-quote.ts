/**
 * Runs in the reader's document: selects `wanted` in the article's text as a drag of the mouse
 * does, then releases the mouse, on which the reader shows its highlight menu. Throws when the
 * article has no such text in one text node. Self-contained, so any driver can send it to a page.
 */
export function selectQuote(wanted: string): void {
  const body = document.querySelector('.article-body')!;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(wanted);
    if (at < 0) continue;
    getSelection()!.setBaseAndExtent(node, at, node, at + wanted.length);
    body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return;
  }
  throw new Error(`not in the article: ${wanted}`);
}
