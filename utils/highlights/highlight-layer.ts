import { anchorSelectors } from './anchor-selectors';
import { describeOffsets } from './describe-range';
import { drawHighlight, eraseMarks } from './render-marks';
import { offsetsOfRange, TextIndex } from './text-offsets';
import type { Anchor, Highlight, Selectors } from './types';

interface Drawn {
  anchor: Anchor;
  marks: HTMLElement[];
}

/**
 * Draws highlights into an article body and reads new ones from selections. The body's text is
 * read once: marks never change it, so every offset stays valid while the article is shown.
 */
export class HighlightLayer {
  readonly text: string;
  private index: TextIndex;
  private readonly drawn = new Map<string, Drawn>();

  constructor(private readonly root: HTMLElement) {
    this.text = root.textContent ?? '';
    this.index = new TextIndex(root);
  }

  /** Selectors for the part of `range` inside the body; null when it holds no text of it. */
  describe(range: Range): Selectors | null {
    const offsets = offsetsOfRange(this.root, range);
    return offsets && describeOffsets(this.text, offsets.start, offsets.end);
  }

  /** Anchors and draws `highlight`; false (nothing drawn) when it cannot be placed. */
  place(highlight: Highlight): boolean {
    const anchor = anchorSelectors(this.text, highlight.selectors);
    const marks = anchor ? drawHighlight(this.index, highlight.id, highlight.color, anchor.start, anchor.end) : [];
    if (!anchor || marks.length === 0) return false;
    this.drawn.set(highlight.id, { anchor, marks });
    this.update(highlight);
    return true;
  }

  /** Places every highlight it can (the rest stay orphaned: see `has`); returns how many it placed. */
  placeAll(highlights: Highlight[]): number {
    return highlights.filter((highlight) => this.place(highlight)).length;
  }

  /**
   * Shows a highlight's colour and note on its marks: the first takes focus (for j/k and Delete),
   * every one carries the note as its tooltip.
   */
  update(highlight: Highlight): void {
    this.drawn.get(highlight.id)?.marks.forEach((mark, i) => {
      mark.dataset.color = highlight.color;
      if (i === 0) mark.tabIndex = -1;
      if (highlight.note) mark.title = highlight.note;
      else mark.removeAttribute('title');
    });
  }

  erase(id: string): void {
    const drawn = this.drawn.get(id);
    if (!drawn) return;
    eraseMarks(drawn.marks);
    this.drawn.delete(id);
    // Merging text nodes back changed the nodes the index points at.
    this.index = new TextIndex(this.root);
  }

  has(id: string): boolean {
    return this.drawn.has(id);
  }

  /** Where a placed highlight is in the text; undefined when it is not placed. */
  anchorOf(id: string): Anchor | undefined {
    return this.drawn.get(id)?.anchor;
  }

  /** Placed highlight ids in reading order (by start, then end). */
  inOrder(): { id: string; anchor: Anchor }[] {
    return [...this.drawn]
      .map(([id, { anchor }]) => ({ id, anchor }))
      .toSorted((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
  }

  /** The mark that stands for the highlight: the first, focusable one. */
  firstMark(id: string): HTMLElement | undefined {
    return this.drawn.get(id)?.marks[0];
  }
}
