import { replaceElement } from './replace-element';

/**
 * Elements whose start tag closes an open <p> in the HTML parser: inside a <p> they cannot be
 * written down and read back as they are.
 */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'dialog',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

/**
 * Readability turns <div>s holding text into <p>s, also around headings, figures and lists (or
 * inline elements holding them): a tree the HTML parser never builds, so its serialized HTML would
 * be read back as something else. Such a <p> becomes the <div> it was. Far cheaper than parsing the
 * whole article again, and it covers all but a few rarer shapes (stray table cells); those the
 * reader, which parses and sanitizes what it is given before showing or keeping it, reads its own way.
 */
export function paragraphsAsParsed(content: Element): void {
  for (const p of [...content.getElementsByTagName('p')].toReversed()) {
    if (holdsBlock(p)) replaceElement(p, 'div');
  }
}

/** Whether an element inside `p` closes it. A walk, not querySelector: jsdom compiles a selector on every call. */
function holdsBlock(p: Element): boolean {
  for (const el of p.getElementsByTagName('*')) if (CLOSES_P.has(el.localName)) return true;
  return false;
}
