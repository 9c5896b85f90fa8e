/** React's inline calls that move a streamed segment into place: `$RC("B:0","S:0")`, `$RS("S:5","P:5")`. */
const PLACE_CALL = /\$R([CS])\(\s*"([^"]+)"\s*,\s*"([^"]+)"/g;

/** The comment that ends a suspense boundary (`<!--/$-->`), at the same depth as the one it closes. */
function boundaryEnd(start: Node): Node | null {
  let depth = 0;
  for (let node = start.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType !== 8 /* Node.COMMENT_NODE */) continue;
    const data = (node as Comment).data;
    if (data === '/$') {
      if (depth === 0) return node;
      depth--;
    } else if (data.startsWith('$')) {
      depth++;
    }
  }
  return null;
}

/** Moves the children of `segment` before `anchor`, then drops the emptied segment. */
function moveSegment(segment: Element, anchor: Node): void {
  const parent = anchor.parentNode;
  if (!parent) return;
  while (segment.firstChild) parent.insertBefore(segment.firstChild, anchor);
  segment.remove();
}

/** A streamed segment's id, `S:n` after the renderer's optional prefix: its marker is `B:n` or `P:n`. */
const SEGMENT_ID = /^(.*)S:([0-9a-z]+)$/i;

/**
 * Puts `segment` where `markerId` is: over a boundary's loading fallback (`C`, from `<!--$?-->` to
 * its `<!--/$-->`; a page saved without its comments keeps the fallback, as nothing marks its end) or
 * over a placeholder (`S`). Skipped when either is missing or the marker is inside the segment.
 */
function place(doc: Document, kind: 'C' | 'S', markerId: string, segmentId: string): void {
  const marker = doc.getElementById(markerId);
  const segment = doc.getElementById(segmentId);
  if (!marker || !segment || segment.contains(marker)) return;
  if (kind === 'C') {
    // The boundary opens with a `<!--$?-->` comment right before the template.
    const start = marker.previousSibling;
    const end = start?.nodeType === 8 ? boundaryEnd(start) : null;
    if (end) while (marker.nextSibling && marker.nextSibling !== end) marker.nextSibling.remove();
  }
  moveSegment(segment, marker);
  marker.remove();
}

/**
 * A page streamed by React's server renderer sends its slow parts last, each in a hidden
 * `<div id="S:n">` at the end of the body, with an inline script that moves it into its place: over a
 * boundary's loading fallback (`$RC`, marked by `<template id="B:n">`) or over a placeholder (`$RS`,
 * `<template id="P:n">`). In a live tab the scripts have run; in a page parsed with scripting off (a
 * saved page, the command line) the article is still in those hidden segments, where Readability
 * skips it as invisible. This makes the same moves, in the order the scripts make them. A page whose
 * scripts are gone (saved without them) or never ran (blocked in the browser) still has its segments:
 * the renderer gives a segment and its marker the same number, which places them. Mutates `doc`
 * (pass a clone); never fails: a move whose elements are missing is skipped.
 */
export function placeStreamedSegments(doc: Document): void {
  // Every move is to a <template> marker: a page without one (most pages) has nothing to place.
  if (!doc.body || !doc.getElementsByTagName('template')[0]) return;
  for (const script of doc.getElementsByTagName('script')) {
    const source = script.textContent ?? '';
    if (!source.includes('$R')) continue;
    for (const [, kind, first, second] of source.matchAll(PLACE_CALL)) {
      if (kind === 'C') place(doc, 'C', first!, second!);
      else place(doc, 'S', second!, first!);
    }
  }
  for (const segment of doc.querySelectorAll('div[hidden][id]')) {
    const [, prefix, n] = SEGMENT_ID.exec(segment.id) ?? [];
    if (n === undefined) continue;
    if (doc.getElementById(`${prefix}B:${n}`)) place(doc, 'C', `${prefix}B:${n}`, segment.id);
    else place(doc, 'S', `${prefix}P:${n}`, segment.id);
  }
}
