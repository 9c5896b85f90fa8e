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
const NOT_TEXT = ['script', 'style', 'noscript', 'template'];

/**
 * Characters of the text under `root` outside NOT_TEXT elements: the text nodes' lengths summed, as
 * building the text itself (`textContent`) copies every inline script's megabytes of data first.
 */
function textLength(doc: Document, root: Element): number {
  const walk = builtIn<Document['createTreeWalker']>(doc, 'createTreeWalker');
  const lengthUnder = (el: Element) => {
    const walker = walk.call(doc, el, 4 /* NodeFilter.SHOW_TEXT */);
    let length = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) length += (node as CharacterData).length;
    return length;
  };
  let length = lengthUnder(root);
  const byTag = builtIn<Document['getElementsByTagName']>(doc, 'getElementsByTagName');
  for (const tag of NOT_TEXT) for (const el of byTag.call(doc, tag)) length -= lengthUnder(el);
  return length;
}

/**
 * True when `doc` has more elements, deeper nesting or more text than `limits` allow. The element
 * walk (without recursion, through the built-in getters: a form's controls named
 * "nextElementSibling" cannot steer it, see unclobbered.ts) stops at the first limit crossed, so a
 * huge page costs a partial walk; the text is measured only once the elements are within bounds.
 * Returns false for a document without a root element.
 */
export function isTooLarge(doc: Document, limits: PageLimits = PAGE_LIMITS): boolean {
  const root = builtIn<Element | null>(doc, 'documentElement');
  if (!root) return false;
  const firstChild = builtInGetter<Element | null>(root, 'firstElementChild');
  const nextSibling = builtInGetter<Element | null>(root, 'nextElementSibling');
  const parent = builtInGetter<Element | null>(root, 'parentElement');
  let count = 0;
  let depth = 0;
  let node: Element | null = root;
  while (node) {
    if (++count > limits.elements || depth > limits.depth) return true;
    const child: Element | null = firstChild(node);
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && node !== root && !nextSibling(node)) {
      node = parent(node);
      depth--;
    }
    node = node === root ? null : node && nextSibling(node);
  }
  return textLength(doc, root) > limits.textChars;
}
