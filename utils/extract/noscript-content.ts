import { normalizeSpace } from './normalize-space';

/** A <noscript> holding this much text is the page's content, not a "please enable JavaScript" line. */
const MIN_CONTENT_CHARS = 500;
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Characters of `root`'s text outside scripts, styles and <noscript>s. */
function shownLength(root: Element): number {
  let total = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let hidden = false;
    for (let up = node.parentElement; up && up !== root; up = up.parentElement) {
      if (NOT_SHOWN.has(up.tagName)) {
        hidden = true;
        break;
      }
    }
    if (!hidden) total += normalizeSpace(node.nodeValue ?? '').length;
  }
  return total;
}

/**
 * An app shell renders its article with script and puts the same article in <noscript> for readers
 * without script (forum engines' crawler views, some single-page sites). Where the page was parsed
 * with scripting off (a saved page, the command line), that <noscript> holds elements and is all there
 * is to read: each one with more text than the whole page shows outside it is unwrapped in place, so
 * the article is found. Where scripting is on (a live tab) a <noscript>'s content is one text node and
 * this does nothing. Mutates `doc` (pass a clone); never fails.
 */
export function unwrapNoscriptContent(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const candidates = [...body.getElementsByTagName('noscript')].filter(
    (noscript) =>
      noscript.childElementCount > 0 && normalizeSpace(noscript.textContent ?? '').length >= MIN_CONTENT_CHARS,
  );
  if (candidates.length === 0) return;
  const shown = shownLength(body);
  for (const noscript of candidates) {
    if (normalizeSpace(noscript.textContent ?? '').length > shown) noscript.replaceWith(...noscript.childNodes);
  }
}
