import type { TextQuoteSelector } from '../highlights/types';

/** A quote of up to this many words (in one block) goes in whole; a longer one as its two ends. */
const MAX_WHOLE_WORDS = 10;
/** Words kept at each end of a long quote: enough to be found, short enough to survive small edits in between. */
const EDGE_WORDS = 5;

const WORD_CHARS_AT_END = /[\p{L}\p{N}]+$/u;
const WORD_CHARS_AT_START = /^[\p{L}\p{N}]+/u;

/**
 * One term of a text directive, percent-encoded as the spec asks: everything encodeURIComponent
 * encodes plus `-` (it marks a prefix or suffix). Parentheses are encoded too, which the browser
 * decodes all the same, so the link survives in Markdown and in chat apps that cut URLs at them.
 */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/[-()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The quote grown to whole words from its context: browsers match text fragments on word
 * boundaries only, so a selection that began or ended inside a word would never be found.
 */
function wholeWords(quote: TextQuoteSelector): string {
  const before = /^[\p{L}\p{N}]/u.test(quote.exact) ? (quote.prefix.match(WORD_CHARS_AT_END)?.[0] ?? '') : '';
  const after = /[\p{L}\p{N}]$/u.test(quote.exact) ? (quote.suffix.match(WORD_CHARS_AT_START)?.[0] ?? '') : '';
  return before + quote.exact + after;
}

/**
 * A link to the quoted passage on the original page (`url#:~:text=…`), replacing the page's own
 * fragment. A short quote is given whole; a long one as `textStart,textEnd`, a few words of each
 * end, taken within its first and last block (paragraphs split by newlines, table cells by tabs)
 * because no term may match across blocks. A quote of nothing but white space gives the page's
 * address alone.
 */
export function textFragmentUrl(pageUrl: string, quote: TextQuoteSelector): string {
  const page = pageUrl.replace(/#.*$/s, '');
  const blocks = wholeWords(quote)
    .split(/[\n\t]/)
    .map((block) => block.split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 0);
  if (blocks.length === 0) return page;
  const first = blocks[0]!;
  const last = blocks.at(-1)!;
  const terms =
    blocks.length === 1 && first.length <= MAX_WHOLE_WORDS
      ? [first.join(' ')]
      : [first.slice(0, EDGE_WORDS).join(' '), last.slice(-EDGE_WORDS).join(' ')];
  return `${page}#:~:text=${terms.map(encodeTerm).join(',')}`;
}
