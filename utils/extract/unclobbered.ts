/**
 * A page can name its elements after the document's own properties: `<img name="defaultView">`
 * or `<form name="body">` make `document.defaultView` or `document.body` that element, and inside
 * a form `<input name="getAttribute">` replaces the form's getAttribute (Chromium does this, as the
 * HTML standard asks; jsdom does not). Extraction reads the page through these, so such a page
 * would break it. Here the built-ins are reached through the prototypes, which names cannot touch.
 */

/** The built-in property `name` of `target` (its value, or what its getter gives), whatever the page named. */
export function builtIn<T>(target: object, name: string): T {
  for (let proto = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return (descriptor.get ? descriptor.get.call(target) : descriptor.value) as T;
  }
  throw new TypeError(`No built-in ${name}`);
}

/** Elements the document (or a form) exposes as properties by name; object elements by id as well. */
const NAMED = 'embed[name], form[name], iframe[name], img[name], object[name], object[id], form [name], [form][name]';

/**
 * `doc` itself when no element could shadow its properties; else a copy without the names (and
 * object ids) that would, which the reader never shows anyway. Its <meta> names stay: they are
 * metadata, and a document exposes no <meta> by name.
 */
export function unclobbered(doc: Document): Document {
  const querySelectorAll = builtIn<Document['querySelectorAll']>(doc, 'querySelectorAll');
  if (querySelectorAll.call(doc, NAMED).length === 0) return doc;
  const copy = builtIn<Node['cloneNode']>(doc, 'cloneNode').call(doc, true) as Document;
  for (const el of querySelectorAll.call(copy, NAMED)) {
    const removeAttribute = builtIn<Element['removeAttribute']>(el, 'removeAttribute');
    removeAttribute.call(el, 'name');
    if (el.localName === 'object') removeAttribute.call(el, 'id');
  }
  return copy;
}
