/** One element as the checks see it: plain data, so it can be read in a browser frame and checked here. */
export interface ElementFacts {
  name: string;
  namespace: string | null;
  attributes: [string, string][];
}

/**
 * The facts of every element under `root`. Self-contained (no outside names): Playwright runs this
 * very function in the reader's frame.
 */
export function elementFacts(root: Element | DocumentFragment): ElementFacts[] {
  return [...root.querySelectorAll('*')].map((el) => ({
    name: el.localName,
    namespace: el.namespaceURI,
    attributes: [...el.attributes].map((attr): [string, string] => [attr.name, attr.value]),
  }));
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Elements that run code, load something other than an image, take input, restyle or re-address the page. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'base',
  'meta',
  'link',
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'datalist',
  'keygen',
  'isindex',
  'template',
  'slot',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'area',
  'map',
  'dialog',
]);

/**
 * Attributes that run code, style, fetch, or re-address: the on*, style, srcdoc, formaction,
 * and every other attribute that makes a browser load or send something.
 */
const FORBIDDEN_ATTRIBUTE =
  /^(?:on.*|style|srcdoc|formaction|action|srcset|imagesrcset|sizes|ping|poster|background|lowsrc|dynsrc|longdesc|cite|data|codebase|archive|usemap|manifest|xlink:.*|xmlns.*|is|contenteditable|attributionsrc|shadowroot.*|id|name)$/i;

const WEB_OR_MAIL = /^(?:https?:\/\/|mailto:)/i;
const WEB = /^https?:\/\//i;

/**
 * Every broken promise in `elements` (the article as extracted, or as the reader shows it): [] when
 * it is safe. No element that runs, loads, takes input or restyles; no custom element; no HTML
 * outside the HTML namespace; no handler or style attribute; links only to http(s)/mailto, opening
 * a new tab without an opener or referrer; images only from http(s).
 */
export function invariantViolations(elements: ElementFacts[]): string[] {
  const found: string[] = [];
  for (const { name, namespace, attributes } of elements) {
    const tag = `<${name}>`;
    if (FORBIDDEN_ELEMENTS.has(name)) found.push(`element ${tag}`);
    if (name.includes('-')) found.push(`custom element ${tag}`);
    if (namespace !== HTML_NAMESPACE) found.push(`${tag} in namespace ${namespace}`);
    const attribute = new Map(attributes);
    for (const [attr] of attributes) if (FORBIDDEN_ATTRIBUTE.test(attr)) found.push(`${tag} attribute ${attr}`);
    const href = attribute.get('href');
    if (href !== undefined && (name !== 'a' || !WEB_OR_MAIL.test(href))) found.push(`${tag} href=${href}`);
    if (name === 'a' && href !== undefined) {
      const rel = (attribute.get('rel') ?? '').split(/\s+/);
      if (attribute.get('target') !== '_blank' || !rel.includes('noopener') || !rel.includes('noreferrer')) {
        found.push(`link to ${href} without target=_blank rel="noopener noreferrer"`);
      }
    }
    const src = attribute.get('src');
    if (src !== undefined && (name !== 'img' || !WEB.test(src))) found.push(`${tag} src=${src}`);
  }
  return found;
}

/** `invariantViolations` of an HTML string, parsed inertly in `doc` (a <template> runs nothing). */
export function htmlViolations(html: string, doc: Document): string[] {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return invariantViolations(elementFacts(template.content));
}

/** Characters that turn the direction of the text after them: they can make "moc.knab" read "bank.com". */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
