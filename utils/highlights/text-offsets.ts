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

/** One text node's share of an offset span: characters `from` to `to` of `node`, the index's `index`th. */
export interface TextSlice {
  index: number;
  node: Text;
  from: number;
  to: number;
}

/**
 * The text nodes under a root with where each starts in the root's text, kept in step as nodes
 * are split, so finding the nodes of a span is a binary search rather than a walk of the tree
 * (hundreds of highlights are drawn at once when an article opens).
 */
export class TextIndex {
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];

  constructor(root: Node) {
    const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    let at = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      this.nodes.push(node);
      this.starts.push(at);
      at += node.data.length;
    }
  }

  /** The text nodes that hold characters `start` to `end`, in document order. */
  slices(start: number, end: number): TextSlice[] {
    let low = 0;
    let high = this.nodes.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid]! + this.nodes[mid]!.data.length <= start) low = mid + 1;
      else high = mid;
    }
    const slices: TextSlice[] = [];
    for (let i = low; i < this.nodes.length && this.starts[i]! < end; i++) {
      const node = this.nodes[i]!;
      if (node.data.length === 0) continue;
      slices.push({
        index: i,
        node,
        from: Math.max(0, start - this.starts[i]!),
        to: Math.min(node.data.length, end - this.starts[i]!),
      });
    }
    return slices;
  }

  /**
   * Splits the `index`th node at `offset` like Text.splitText and records the new node after it;
   * returns it. Later indices move up by one, so split from the end of a span backwards.
   */
  split(index: number, offset: number): Text {
    const rest = this.nodes[index]!.splitText(offset);
    this.nodes.splice(index + 1, 0, rest);
    this.starts.splice(index + 1, 0, this.starts[index]! + offset);
    return rest;
  }
}

/** A DOM range over characters `start` to `end` of `root`'s text, or null when it has no text there. */
export function rangeOfOffsets(root: Node, start: number, end: number): Range | null {
  const slices = new TextIndex(root).slices(start, end);
  const first = slices[0];
  const last = slices.at(-1);
  if (!first || !last) return null;
  const range = root.ownerDocument!.createRange();
  range.setStart(first.node, first.from);
  range.setEnd(last.node, last.to);
  return range;
}
