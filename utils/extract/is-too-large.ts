/**
 * Beyond these, Readability takes many seconds (its scoring is quadratic in nesting depth and
 * linear with a large constant in elements and text) or the DOM clone overflows the stack.
 * Measured in jsdom (npm run bench's machine): 400 levels ~2 s, 10 M characters of text ~4 s;
 * the deepest page of the corpora nests 37 levels, the longest holds 1.3 M characters.
 */
export const PAGE_LIMITS = {
  elements: 200_000,
  depth: 400,
  /** Characters of text outside scripts and styles (about 10 MB, some fifteen novels). */
  textChars: 10_000_000,
};

export type PageLimits = typeof PAGE_LIMITS;

/** Text inside these is never read as article text: it does not count towards the text limit. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Characters of the text nodes directly under `el`: lengths only, so no text is copied. */
function ownTextLength(el: Element): number {
  if (NOT_TEXT.has(el.tagName)) return 0;
  let length = 0;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) length += (node as Text).length;
  }
  return length;
}

/**
 * True when `doc` has more elements, deeper nesting or more text than `limits` allow. One walk
 * without recursion that stops at the first limit crossed, so a huge page costs a partial walk
 * only. Returns false for a document without a root element.
 */
export function isTooLarge(doc: Document, limits: PageLimits = PAGE_LIMITS): boolean {
  let count = 0;
  let depth = 0;
  let text = 0;
  let node: Element | null = doc.documentElement;
  while (node) {
    text += ownTextLength(node);
    if (++count > limits.elements || depth > limits.depth || text > limits.textChars) return true;
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node?.nextElementSibling ?? null;
  }
  return false;
}
