import { textSlices } from './text-offsets';
import type { HighlightColor } from './types';

const MARK_SELECTOR = 'mark[data-highlight-id]';

/**
 * Wraps characters `start` to `end` of `root`'s text in `<mark data-highlight-id>` elements, one per
 * text-node slice, so a highlight may cross paragraphs, list items and captions, and may overlap
 * others (its marks then nest inside theirs). Whitespace-only slices stay unwrapped: between blocks
 * a mark would sit where no inline element belongs. Returns the marks in reading order.
 */
export function drawHighlight(root: Element, id: string, color: HighlightColor, start: number, end: number): HTMLElement[] {
  const doc = root.ownerDocument;
  const marks: HTMLElement[] = [];
  // Split only after the walk: splitting during it would shift the offsets still to be visited.
  for (const slice of textSlices(root, start, end)) {
    let text = slice.node;
    if (slice.to < text.data.length) text.splitText(slice.to);
    if (slice.from > 0) text = text.splitText(slice.from);
    if (text.data.trim() === '') continue;
    const mark = doc.createElement('mark');
    mark.dataset.highlightId = id;
    mark.dataset.color = color;
    text.replaceWith(mark);
    mark.append(text);
    marks.push(mark);
  }
  return marks;
}

/** The marks drawn for highlight `id`, in reading order. */
export function marksOf(root: Element, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(MARK_SELECTOR)].filter((mark) => mark.dataset.highlightId === id);
}

export function recolorHighlight(root: Element, id: string, color: HighlightColor): void {
  for (const mark of marksOf(root, id)) mark.dataset.color = color;
}

/**
 * Removes highlight `id`'s marks and merges the text nodes they split, so the DOM is again what it
 * was before the highlight was drawn (article HTML parses without adjacent text nodes, so merging
 * them all restores it exactly). Other highlights' marks stay.
 */
export function eraseHighlight(root: Element, id: string): void {
  for (const mark of marksOf(root, id)) {
    const parent = mark.parentNode!;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
}
