/**
 * Offsets into `root.textContent` for DOM ranges, and back. Marks never change the text, so offsets
 * stay valid however many highlights are drawn.
 */

/** The part of `range` inside `root`, as text offsets; null when they do not overlap. */
export function offsetsOfRange(root: Node, range: Range): { start: number; end: number } | null {
  const doc = root.ownerDocument!;
  const inside = doc.createRange();
  inside.selectNodeContents(root);
  const Range = doc.defaultView!.Range;
  if (range.compareBoundaryPoints(Range.START_TO_START, inside) > 0) {
    inside.setStart(range.startContainer, range.startOffset);
  }
  if (range.compareBoundaryPoints(Range.END_TO_END, inside) < 0) inside.setEnd(range.endContainer, range.endOffset);
  if (inside.collapsed) return null;
  const before = doc.createRange();
  before.setStart(root, 0);
  before.setEnd(inside.startContainer, inside.startOffset);
  const start = before.toString().length;
  const end = start + inside.toString().length;
  return start < end ? { start, end } : null;
}

/** One text node's share of an offset span: characters `from` to `to` of `node`. */
export interface TextSlice {
  node: Text;
  from: number;
  to: number;
}

/** The text nodes under `root` that hold characters `start` to `end`, in document order. */
export function textSlices(root: Node, start: number, end: number): TextSlice[] {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const slices: TextSlice[] = [];
  let at = 0;
  for (let node = walker.nextNode() as Text | null; node && at < end; node = walker.nextNode() as Text | null) {
    const nodeStart = at;
    at += node.data.length;
    if (at <= start) continue;
    slices.push({ node, from: Math.max(0, start - nodeStart), to: Math.min(node.data.length, end - nodeStart) });
  }
  return slices;
}

/** A DOM range over characters `start` to `end` of `root`'s text, or null when it has no text there. */
export function rangeOfOffsets(root: Node, start: number, end: number): Range | null {
  const slices = textSlices(root, start, end);
  const first = slices[0];
  const last = slices.at(-1);
  if (!first || !last) return null;
  const range = root.ownerDocument!.createRange();
  range.setStart(first.node, first.from);
  range.setEnd(last.node, last.to);
  return range;
}
