import { QUOTE_CONTEXT, type Selectors } from './types';

/**
 * Describes the text between `start` and `end` of `text` (the article body's text) as selectors.
 * Returns null for an empty or whitespace-only stretch: there is nothing to highlight.
 */
export function describeOffsets(text: string, start: number, end: number): Selectors | null {
  // Selections often begin or end on the whitespace between blocks; the quote should not.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start >= end) return null;
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
    position: { start, end },
  };
}
