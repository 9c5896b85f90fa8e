import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { elementsIn } from './elements-in';
import { isWebUrl } from './is-web-url';
import { replaceElement } from './replace-element';
import { builtIn } from './unclobbered';

const ALLOWED_ATTRIBUTES = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'lang',
  'dir',
  'datetime',
  'start',
];
const ALLOWED_ATTRIBUTE_SET = new Set(ALLOWED_ATTRIBUTES);

/**
 * What an article may contain once sanitized: text structure, figures, tables, code, links and
 * images. No scripts, styles, forms, frames, embeds, SVG/MathML, templates, ids or classes, and no
 * <article>/<main>: the reader's own article holds it.
 */
const CONFIG: Config = {
  ALLOWED_TAGS: [
    'a',
    'abbr',
    'address',
    'b',
    'bdi',
    'bdo',
    'blockquote',
    'br',
    'caption',
    'cite',
    'code',
    'col',
    'colgroup',
    'dd',
    'del',
    'details',
    'dfn',
    'div',
    'dl',
    'dt',
    'em',
    'figcaption',
    'figure',
    'footer',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'header',
    'hr',
    'i',
    'img',
    'ins',
    'kbd',
    'li',
    'mark',
    'ol',
    'p',
    'pre',
    'q',
    'rp',
    'rt',
    'ruby',
    's',
    'samp',
    'section',
    'small',
    'span',
    'strong',
    'sub',
    'summary',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'time',
    'tr',
    'u',
    'ul',
    'var',
    'wbr',
  ],
  ALLOWED_ATTR: ALLOWED_ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // DOMPurify checks every attribute value against this: only http(s) and mailto may name a scheme.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  // Controls of removed forms would leave their labels ("Subscribe", "Sign up") as stray text.
  // <object>, <applet> and <marquee> are scope boundaries for the HTML parser: unwrapping them would
  // leave trees it never builds (a heading inside a <p>, a link inside a link), which parse into
  // something else when the reader reads the HTML again, the shape mutation XSS starts from.
  // Their content is plugin fallback or scrolling text.
  ADD_FORBID_CONTENTS: ['button', 'select', 'textarea', 'option', 'datalist', 'output', 'object', 'applet', 'marquee'],
};

/** Links the reader may open: absolute web and mail addresses only (relative ones would point into the extension). */
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

const instances = new WeakMap<object, DOMPurify>();

/**
 * What DOMPurify takes from a window, with a document of its own: the page's document may have
 * its methods shadowed by named elements (`<img name="createElement">`, see unclobbered.ts), and
 * DOMPurify starts by calling one. A fresh document made by the page's DOM implementation has no
 * named elements.
 */
function purifierWindow(win: Window): Parameters<typeof createDOMPurify>[0] {
  const implementation = builtIn<DOMImplementation>(win.document, 'implementation');
  const { Element, HTMLTemplateElement, Node, NodeFilter, DOMParser, trustedTypes } = win as unknown as Record<
    string,
    unknown
  >;
  return {
    document: implementation.createHTMLDocument(''),
    Element,
    HTMLTemplateElement,
    Node,
    NodeFilter,
    DOMParser,
    trustedTypes,
  } as never;
}

/** A DOMPurify of our own for `win`: the hooks never touch the global instance other code may use. */
function purifierFor(win: Window): DOMPurify {
  const existing = instances.get(win);
  if (existing) return existing;
  const purifier = createDOMPurify(purifierWindow(win));
  // A customized built-in (`<p is="x-evil">`) keeps its `is` value when the attribute is removed,
  // and serializing writes it back: only a plain element of the same tag in its place loses it.
  purifier.addHook('beforeSanitizeElements', (node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.hasAttribute('is')) replaceElement(el, el.localName, 'is');
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'A') {
      const href = el.getAttribute('href');
      if (href !== null && !SAFE_LINK.test(href)) el.removeAttribute('href');
      if (el.hasAttribute('href')) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (el.tagName === 'IMG') {
      if (!isWebUrl(el.getAttribute('src'))) el.remove();
      return;
    } else if (el.tagName === 'PRE') {
      // The HTML parser drops one newline after <pre>: dropping them all keeps sanitizing idempotent.
      const first = el.firstChild;
      const text = first?.nodeType === 3 ? (first.textContent ?? '') : '';
      if (first && text.startsWith('\n')) first.textContent = text.replace(/^\n+/, '');
    }
    // Sizes only make sense for images; on tables and cells they fight the reader's layout.
    el.removeAttribute('width');
    el.removeAttribute('height');
  });
  instances.set(win, purifier);
  return purifier;
}

/**
 * Sanitizes article HTML with the strict profile (see CONFIG): links keep only absolute http(s)/mailto
 * addresses and open in a new tab with rel="noopener noreferrer"; images keep only absolute http(s)
 * sources (others are dropped). Idempotent: sanitizing its own output changes nothing. Returns ''
 * when nothing safe remains. `win` supplies the DOM (the page's window, jsdom's, or the reader's).
 */
export function sanitizeArticleHtml(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, CONFIG);
}

/**
 * Same profile as `sanitizeArticleHtml`, applied in place to `root` and its content (no re-parsing,
 * no copy): afterwards `root.innerHTML` is what `sanitizeArticleHtml` returns for it. Returns `root`.
 * Throws a TypeError only when `root` itself is not allowed (a <form>, say), never for its content.
 */
export function sanitizeArticleElement(root: Element, win: Window): Element {
  // Attributes the profile drops anyway go first: DOMPurify removes them one by one with
  // bookkeeping, which costs more than all its other work on a typical article.
  for (const el of [root, ...elementsIn(root)]) {
    for (const name of el.getAttributeNames()) {
      // An `is` stays for the hook, which replaces the element: removing the attribute is not enough.
      if (!ALLOWED_ATTRIBUTE_SET.has(name) && name !== 'is') el.removeAttribute(name);
    }
  }
  purifierFor(win).sanitize(root, { ...CONFIG, IN_PLACE: true });
  return root;
}
