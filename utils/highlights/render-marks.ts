import type { TextIndex } from './text-offsets';
import type { HighlightColor } from './types';

/**
 * Wraps characters `start` to `end` of the indexed root's text in `<mark data-highlight-id>`
 * elements, one per text-node slice, so a highlight may cross paragraphs, list items and captions,
 * and may overlap others (its marks then nest inside theirs). Whitespace-only slices stay
 * unwrapped: between blocks a mark would sit where no inline element belongs. Returns the marks in
 * reading order; they stay the highlight's marks until it is erased, whatever is drawn after.
 */
export function drawHighlight(
  index: TextIndex,
  id: string,
  color: HighlightColor,
  start: number,
  end: number,
): HTMLElement[] {
  const marks: HTMLElement[] = [];
  // Backwards: a split moves the index of every later node, never of an earlier one.
  for (const slice of index.slices(start, end).toReversed()) {
    if (slice.to < slice.node.data.length) index.split(slice.index, slice.to);
    const text = slice.from > 0 ? index.split(slice.index, slice.from) : slice.node;
    if (text.data.trim() === '') continue;
    const mark = text.ownerDocument.createElement('mark');
    mark.dataset.highlightId = id;
    mark.dataset.color = color;
    text.replaceWith(mark);
    mark.append(text);
    marks.push(mark);
  }
  return marks.toReversed();
}

/**
 * Removes a highlight's marks and merges the text nodes they split, so the DOM is again what it
 * was before the highlight was drawn (article HTML parses without adjacent text nodes, so merging
 * them all restores it exactly). Other highlights' marks stay. Any TextIndex of the root is stale
 * afterwards.
 */
export function eraseMarks(marks: HTMLElement[]): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
}
