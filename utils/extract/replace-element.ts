/**
 * Puts a new `tag` element in place of `el`, with its attributes (but the one named `dropped`) and
 * its children. `el` is left detached, empty.
 */
export function replaceElement(el: Element, tag: string, dropped?: string): void {
  const replacement = el.ownerDocument.createElement(tag);
  for (const { name, value } of el.attributes) if (name !== dropped) replacement.setAttribute(name, value);
  replacement.append(...el.childNodes);
  el.replaceWith(replacement);
}
