import { normalizeSpace } from '../extract/normalize-space';

/**
 * The element of the page `doc` that a block of the reader's copy came from: the one showing image
 * `image` when the block has one, else the innermost element whose text is the block's `text`
 * (spaces aside). Null when the page has none (it changed since the reader opened).
 */
export function findBlock(doc: Document, text: string, image: string | null): Element | null {
  if (image) {
    const img = [...doc.images].find((candidate) => candidate.src === image);
    if (img) return img;
  }
  const wanted = normalizeSpace(text);
  if (!wanted) return null;
  let found: Element | null = null;
  // In document order an element comes before what it holds: of nested matches, the last is the innermost.
  for (const el of doc.body.getElementsByTagName('*')) {
    if (normalizeSpace(el.textContent ?? '') === wanted) found = el;
  }
  return found;
}
