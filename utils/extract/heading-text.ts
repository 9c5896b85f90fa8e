import { normalizeSpace } from './normalize-space';

/**
 * The text of `heading` as it is shown, spaces collapsed: a line break (<br>) between two words
 * shows as a break, where textContent joins them ("WEEKEND<br>CODING AGENT" -> "WEEKEND CODING AGENT").
 */
export function headingText(heading: Element): string {
  const parts: string[] = [];
  const walker = heading.ownerDocument.createTreeWalker(heading, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if ((node as Element).tagName === 'BR') parts.push(' ');
  }
  return normalizeSpace(parts.join(''));
}
