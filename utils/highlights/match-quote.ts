import search, { type Match } from 'approx-string-match';
import type { TextQuoteSelector } from './types';

/** Where a quote was found, how alike it is (1 = the same characters) and how well it fits overall. */
export interface QuoteMatch {
  start: number;
  end: number;
  quoteSimilarity: number;
  score: number;
}

// Weights after Hypothesis's anchoring: the quote counts most, its context next, the old position least.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** A quote that differs by more than this share of its characters is a different passage. */
const MAX_ERROR_RATE = 0.25;
/**
 * A place is trusted only where the text on at least one side still agrees this much with the
 * quote's context (unrelated text scores about 0.5: the matching allows for shifts). Without it,
 * even a long quote found once may be a copy of a passage that is gone (a repeated title, say).
 */
const MIN_CONTEXT = 0.8;

function exactMatches(text: string, str: string): Match[] {
  const matches: Match[] = [];
  for (let at = text.indexOf(str); at !== -1; at = text.indexOf(str, at + 1)) {
    matches.push({ start: at, end: at + str.length, errors: 0 });
  }
  return matches;
}

/** How alike `expected` is to the best-fitting stretch of `actual`, from 0 to 1. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return actual.length === 0 ? 1 : 0.5;
  if (actual.length === 0) return 0;
  const best = search(actual, expected, expected.length).reduce((min, m) => Math.min(min, m.errors), expected.length);
  return 1 - best / expected.length;
}

/** How alike the text before and after `match` is to the quote's prefix and suffix. */
function contextSimilarity(text: string, match: Match, quote: TextQuoteSelector): { before: number; after: number } {
  const before = text.slice(Math.max(0, match.start - quote.prefix.length), match.start);
  const after = text.slice(match.end, match.end + quote.suffix.length);
  return { before: similarity(before, quote.prefix), after: similarity(after, quote.suffix) };
}

/**
 * Finds `quote` in `text`: exact occurrences when there are any, otherwise approximate ones with up
 * to a quarter of the characters changed. Among candidates the best quote, context and nearness to
 * `hint` (the old start) wins. Returns null rather than a doubtful place: the text before or after
 * the quote must still be its context.
 */
export function matchQuote(text: string, quote: TextQuoteSelector, hint: number): QuoteMatch | null {
  const { exact } = quote;
  if (exact.length === 0) return null;
  let candidates = exactMatches(text, exact);
  if (candidates.length === 0) {
    candidates = search(text, exact, Math.floor(exact.length * MAX_ERROR_RATE));
  }
  let best: QuoteMatch | null = null;
  for (const candidate of candidates) {
    const quoteSimilarity = 1 - candidate.errors / exact.length;
    const { before, after } = contextSimilarity(text, candidate, quote);
    if (Math.max(before, after) < MIN_CONTEXT) continue;
    const context = (before + after) / 2;
    const nearness = 1 - Math.min(1, Math.abs(candidate.start - hint) / Math.max(1, text.length));
    const score =
      (QUOTE_WEIGHT * quoteSimilarity + CONTEXT_WEIGHT * 2 * context + POSITION_WEIGHT * nearness) /
      (QUOTE_WEIGHT + CONTEXT_WEIGHT * 2 + POSITION_WEIGHT);
    if (!best || score > best.score) best = { start: candidate.start, end: candidate.end, quoteSimilarity, score };
  }
  return best;
}
