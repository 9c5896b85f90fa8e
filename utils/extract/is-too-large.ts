import { builtIn, builtInGetter } from './unclobbered';

/**
 * Beyond these, extraction takes seconds (Readability's scoring is quadratic in nesting depth and
 * linear with a large constant in elements and text) or the DOM clone overflows the stack. Measured
 * in Chromium on a 2-core machine: 100,000 elements ~2.7 s, 400 levels ~0.2 s, 10 M characters
 * ~1.3 s (jsdom is 5-20 times slower). The corpora's largest page has 9,900 elements, the deepest
 * nests 37 levels, the longest holds 1.3 M characters.
 */
const PAGE_LIMITS = {
  elements: 100_000,
  depth: 400,
  /** Characters of text outside scripts and styles (about 10 MB, some fifteen novels). */
  textChars: 10_000_000,
};

export type PageLimits = typeof PAGE_LIMITS;

/** Text inside these is never read as article text: it does not count towards the text limit. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/**
 * True when `doc` has more elements, deeper nesting or more text (outside NOT_TEXT elements) than
 * `limits` allow. One walk over elements and texts, through a tree walker (whose steps no element
 * named "nextSibling" can steer, see unclobbered.ts) and the built-in getters; it stops at the
 * first limit crossed, so a huge page costs a partial walk. Texts are measured by their length, as
 * building the text itself (`textContent`) copies every inline script's megabytes of data first.
 * Returns false for a document without a root element.
 */
export function isTooLarge(doc: Document, limits: PageLimits = PAGE_LIMITS): boolean {
  const root = builtIn<Element | null>(doc, 'documentElement');
  if (!root) return false;
  const walker = builtIn<Document['createTreeWalker']>(doc, 'createTreeWalker').call(
    doc,
    root,
    5 /* NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT */,
  );
  const nodeType = builtInGetter<number>(root, 'nodeType');
  const localName = builtInGetter<string>(root, 'localName');
  let elements = 1;
  let depth = 0;
  let text = 0;
  // The depth of the NOT_TEXT element being walked through, if any: texts under it do not count.
  let quietFrom = Infinity;
  for (let node: Node | null = root; node;) {
    if (nodeType(node) === 3 /* Node.TEXT_NODE */) {
      if (depth < quietFrom && (text += (node as CharacterData).length) > limits.textChars) return true;
    } else if (depth < quietFrom && NOT_TEXT.has(localName(node))) {
      quietFrom = depth;
    }
    node = walker.firstChild();
    if (node) depth++;
    while (!node && depth > 0) {
      if (depth === quietFrom) quietFrom = Infinity;
      node = walker.nextSibling();
      if (!node) {
        walker.parentNode();
        depth--;
      }
    }
    if (node && nodeType(node) === 1 && (++elements > limits.elements || depth > limits.depth)) return true;
  }
  return false;
}
