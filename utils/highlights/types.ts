/**
 * A highlight is stored as selectors over the article body's text, never as DOM (the W3C Web
 * Annotation model, as Hypothesis uses it): the quote with its context, and where it was.
 */
export interface TextQuoteSelector {
  exact: string;
  /** Up to QUOTE_CONTEXT characters before `exact`. */
  prefix: string;
  /** Up to QUOTE_CONTEXT characters after `exact`. */
  suffix: string;
}

export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
export const DEFAULT_COLOR: HighlightColor = 'yellow';

export interface Highlight {
  id: string;
  /** The article's id: its canonical address, normalised (see article-id.ts). */
  articleId: string;
  selectors: Selectors;
  color: HighlightColor;
  note: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** The highlights of each article, by its id, each in the order given (Node 20 has no Map.groupBy). */
export function byArticle(highlights: Highlight[]): Map<string, Highlight[]> {
  const groups = new Map<string, Highlight[]>();
  for (const h of highlights) {
    const own = groups.get(h.articleId);
    if (own) own.push(h);
    else groups.set(h.articleId, [h]);
  }
  return groups;
}

/** Sorts highlights as they come in the text (by where they were made). */
export function byReadingOrder(a: Highlight, b: Highlight): number {
  return a.selectors.position.start - b.selectors.position.start;
}

/** Characters of context kept on each side of a quote. */
export const QUOTE_CONTEXT = 32;

/** Where a highlight landed in the text as shown now, and which selector put it there. */
export interface Anchor {
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
}
