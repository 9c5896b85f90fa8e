/**
 * A page can name its elements after the document's own properties: `<img name="defaultView">`
 * or `<form name="body">` make `document.defaultView` or `document.body` that element, and inside
 * a form `<input name="getAttribute">` replaces the form's getAttribute (Chromium does this, as the
 * HTML standard asks; jsdom does not). Extraction reads the page through these, so such a page
 * would break it. Here the built-ins are reached through the prototypes, which names cannot touch.
 */

function descriptorOf(target: object, name: string): PropertyDescriptor {
  for (let proto = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor;
  }
  throw new TypeError(`No built-in ${name}`);
}

/** The built-in property `name` of `target` (its value, or what its getter gives), whatever the page named. */
export function builtIn<T>(target: object, name: string): T {
  const descriptor = descriptorOf(target, name);
  return (descriptor.get ? descriptor.get.call(target) : descriptor.value) as T;
}

/**
 * The built-in getter of `name` as found on `like` (an element, a document), to read the same
 * property of many objects of its kind without looking it up each time: `getter(node)`.
 */
export function builtInGetter<T>(like: object, name: string): (target: object) => T {
  const get = descriptorOf(like, name).get!;
  return (target) => get.call(target) as T;
}

/** Elements a document exposes as properties by their name. */
const NAMED_BY_DOCUMENT = new Set(['embed', 'form', 'iframe', 'img', 'object']);

/**
 * The elements of `doc` that have a name (or are an <object> with an id), in document order: those
 * that could shadow a property. A tree walker and the built-in attribute reads, which no name can
 * shadow; in jsdom a selector costs as much again as this walk.
 */
function namedElements(doc: Document): Element[] {
  const root = builtIn<Element | null>(doc, 'documentElement');
  if (!root) return [];
  const walker = builtIn<Document['createTreeWalker']>(doc, 'createTreeWalker').call(
    doc,
    root,
    1 /* NodeFilter.SHOW_ELEMENT */,
  );
  const hasAttribute = builtIn<Element['hasAttribute']>(root, 'hasAttribute');
  const localName = builtInGetter<string>(root, 'localName');
  const found: Element[] = [];
  for (let el: Node | null = root; el; el = walker.nextNode()) {
    if (hasAttribute.call(el, 'name') || (localName(el) === 'object' && hasAttribute.call(el, 'id'))) {
      found.push(el as Element);
    }
  }
  return found;
}

/**
 * Where, among the named elements of `doc` (see namedElements), those are whose name (or,
 * for <object>, id) is also the name of a property of the document or of a form: those shadow it.
 * A search form's <input name="q"> shadows nothing; its <input name="submit"> shadows a method.
 */
function shadowing(doc: Document): number[] {
  const candidates = namedElements(doc);
  if (candidates.length === 0) return [];
  const root = builtIn<Element>(doc, 'documentElement');
  const localName = builtInGetter<string>(root, 'localName');
  const getAttribute = builtIn<Element['getAttribute']>(root, 'getAttribute');
  const hasAttribute = builtIn<Element['hasAttribute']>(root, 'hasAttribute');
  const closest = builtIn<Element['closest']>(root, 'closest');
  const documentProperties = Object.getPrototypeOf(doc) as object;
  // A window's interface objects are its own properties, which no name can shadow.
  const win = builtIn<(Window & { HTMLFormElement?: { prototype: object } }) | null>(doc, 'defaultView');
  const formProperties = win?.HTMLFormElement?.prototype ?? null;
  const found: number[] = [];
  for (const [i, el] of candidates.entries()) {
    const tag = localName(el);
    const names = [getAttribute.call(el, 'name'), tag === 'object' ? getAttribute.call(el, 'id') : null].filter(
      (n) => n !== null,
    );
    // Most names are no property's: that is settled without looking around the element.
    const ofDocument = NAMED_BY_DOCUMENT.has(tag) && names.some((name) => name in documentProperties);
    const ofForm = formProperties !== null && tag !== 'meta' && names.some((name) => name in formProperties);
    // A form's controls are its properties, inside it or tied to it by their form attribute.
    if (ofDocument || (ofForm && (hasAttribute.call(el, 'form') || closest.call(el, 'form') !== null))) found.push(i);
  }
  return found;
}

/**
 * `doc` itself when no element could shadow its properties; else a copy without the names (and
 * object ids) that would, which the reader never shows anyway. Its <meta> names stay: they are
 * metadata, and a document exposes no <meta> by name.
 */
export function unclobbered(doc: Document): Document {
  const found = shadowing(doc);
  if (found.length === 0) return doc;
  const copy = builtIn<Node['cloneNode']>(doc, 'cloneNode').call(doc, true) as Document;
  // The copy is not the page: its elements are in the same order, and its names shadow nothing yet
  // that this reads (the walker's and removeAttribute are taken from the prototypes).
  const copies = namedElements(copy);
  for (const i of found) {
    const el = copies[i]!;
    const removeAttribute = builtIn<Element['removeAttribute']>(el, 'removeAttribute');
    removeAttribute.call(el, 'name');
    if (el.localName === 'object') removeAttribute.call(el, 'id');
  }
  return copy;
}
