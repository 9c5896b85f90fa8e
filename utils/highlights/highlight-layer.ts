import { anchorSelectors } from './anchor-selectors';
import { describeOffsets } from './describe-range';
import { drawHighlight, eraseHighlight, marksOf, recolorHighlight } from './render-marks';
import { offsetsOfRange } from './text-offsets';
import type { Anchor, Highlight, Selectors } from './types';

/** The highlights of one shown article: where each is, drawn as marks; the rest orphaned. */
export interface Placement {
  /** Placed highlights in reading order. */
  placed: { highlight: Highlight; anchor: Anchor }[];
  /** Highlights that could not be placed in this version of the article: listed, never dropped. */
  orphans: Highlight[];
}

/**
 * Draws highlights into an article body and reads new ones from selections. The body's text is
 * read once: marks never change it, so every offset stays valid while the article is shown.
 */
export class HighlightLayer {
  readonly text: string;
  private readonly anchors = new Map<string, Anchor>();

  constructor(private readonly root: HTMLElement) {
    this.text = root.textContent ?? '';
  }

  /** Selectors for the part of `range` inside the body; null when it holds no text of it. */
  describe(range: Range): Selectors | null {
    const offsets = offsetsOfRange(this.root, range);
    return offsets && describeOffsets(this.text, offsets.start, offsets.end);
  }

  /** Anchors and draws `highlight`; false (nothing drawn) when it cannot be placed. */
  place(highlight: Highlight): boolean {
    const anchor = anchorSelectors(this.text, highlight.selectors);
    if (!anchor || drawHighlight(this.root, highlight.id, highlight.color, anchor.start, anchor.end).length === 0) {
      return false;
    }
    this.anchors.set(highlight.id, anchor);
    this.decorate(highlight);
    return true;
  }

  /** Places every highlight it can; returns which landed where and which are orphaned. */
  placeAll(highlights: Highlight[]): Placement {
    const orphans = highlights.filter((highlight) => !this.place(highlight));
    const byId = new Map(highlights.map((h) => [h.id, h]));
    return { placed: this.inOrder().map(({ id, anchor }) => ({ highlight: byId.get(id)!, anchor })), orphans };
  }

  /** Shows a changed colour or note on the marks already drawn. */
  update(highlight: Highlight): void {
    recolorHighlight(this.root, highlight.id, highlight.color);
    this.decorate(highlight);
  }

  erase(id: string): void {
    eraseHighlight(this.root, id);
    this.anchors.delete(id);
  }

  has(id: string): boolean {
    return this.anchors.has(id);
  }

  /** Placed highlight ids in reading order (by start, then end). */
  inOrder(): { id: string; anchor: Anchor }[] {
    return [...this.anchors]
      .map(([id, anchor]) => ({ id, anchor }))
      .toSorted((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
  }

  /** The mark that stands for the highlight: the first, focusable one. */
  firstMark(id: string): HTMLElement | undefined {
    return marksOf(this.root, id)[0];
  }

  /** The first mark takes focus (for j/k and Delete); every mark carries the note as its tooltip. */
  private decorate(highlight: Highlight): void {
    marksOf(this.root, highlight.id).forEach((mark, i) => {
      if (i === 0) mark.tabIndex = -1;
      if (highlight.note) mark.title = highlight.note;
      else mark.removeAttribute('title');
    });
  }
}
