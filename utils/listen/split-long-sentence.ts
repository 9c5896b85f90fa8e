import type { Span } from './sentence-spans';

/**
 * The longest piece spoken as one utterance. Chromium's network voices stop after about 15
 * seconds of one utterance; 220 characters take about 14 s at normal speed.
 */
export const MAX_PIECE = 220;
/** Clause punctuation a long sentence may be cut after; Latin needs a space after it, or "1,500" would be cut. */
const CLAUSE_END = /[,;:]\s+|[，、；：]\s*|\s[—–]\s/gu;

/** Where to cut `text` within MAX_PIECE: after the last clause, else the last space, else anywhere. */
function cutPoint(text: string): number {
  const window = text.slice(0, MAX_PIECE);
  // Cuts in the first third would leave a stub.
  const least = Math.floor(MAX_PIECE / 3);
  const clause = [...window.matchAll(CLAUSE_END)]
    .map((match) => match.index + match[0].length)
    .filter((at) => at >= least && at < MAX_PIECE)
    .at(-1);
  if (clause !== undefined) return clause;
  const space = window.search(/\s\S*$/);
  if (space >= least) return space + 1;
  // No space (Chinese, Japanese): cut anywhere, but not inside a surrogate pair.
  return /[\uDC00-\uDFFF]/.test(text[MAX_PIECE] ?? '') ? MAX_PIECE - 1 : MAX_PIECE;
}

/**
 * Splits a sentence (`start` to `end` of `text`) longer than MAX_PIECE characters into pieces
 * that are not, cutting after clauses where it can. Returns the spans, trimmed; [span] when
 * the sentence is short enough.
 */
export function splitLongSentence(text: string, { start, end }: Span): Span[] {
  const pieces: Span[] = [];
  let from = start;
  while (end - from > MAX_PIECE) {
    const cut = from + cutPoint(text.slice(from, end));
    pieces.push({ start: from, end: from + text.slice(from, cut).trimEnd().length });
    const rest = text.slice(cut, end);
    from = cut + rest.length - rest.trimStart().length;
  }
  pieces.push({ start: from, end });
  return pieces;
}
