import { matchQuote } from './match-quote';
import type { Anchor, Selectors } from './types';

/**
 * Places stored selectors in `text` (the article body's text as shown now): the old position when
 * the quote is still there with its context, else the quote, else a fuzzy quote. Null means the
 * highlight cannot be placed; the caller keeps it as orphaned, never drops it.
 */
export function anchorSelectors(text: string, { quote, position }: Selectors): Anchor | null {
  const { start, end } = position;
  if (text.slice(start, end) === quote.exact) {
    // The same words at the same offset, with either neighbour unchanged: nothing moved here. An
    // empty context means the quote touched the text's edge, so it must still touch it.
    const prefixAgrees = quote.prefix
      ? text.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix
      : start === 0;
    const suffixAgrees = quote.suffix
      ? text.slice(end, end + quote.suffix.length) === quote.suffix
      : end === text.length;
    if (prefixAgrees || suffixAgrees) return { start, end, method: 'position' };
  }
  const match = matchQuote(text, quote, start);
  if (!match) return null;
  return { start: match.start, end: match.end, method: match.quoteSimilarity === 1 ? 'quote' : 'fuzzy' };
}
