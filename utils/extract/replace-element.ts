/**
 * Puts a new `tag` element in place of `el`, with its attributes (but the one named `dropped`) and
 * its children. `el` is left detached, empty.
 */
export function replaceElement(el: Element, tag: string, dropped?: string): void {
  const replacement = el.ownerDocument.createElement(tag);
  // Copies of the attribute nodes, not setAttribute: the parser accepts names setAttribute refuses
  // (a stray quote, `<p class="lede"">`, makes an attribute named `"`).
  for (const attribute of el.attributes) {
    if (attribute.name !== dropped) replacement.setAttributeNode(attribute.cloneNode() as Attr);
  }
  replacement.append(...el.childNodes);
  el.replaceWith(replacement);
}
