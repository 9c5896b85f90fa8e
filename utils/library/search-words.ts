/** Words shorter than this are not indexed: they match almost everything. */
const MIN_WORD = 2;
/** Longer runs are addresses or hashes, not words anyone types. */
const MAX_WORD = 40;
// Marks belong to the word they sit on ("café" written with a combining accent).
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const NOT_ASCII = /[\u0080-\uffff]/;
// Most text is plain ASCII: split on its punctuation and spaces first, and look for words with
// Unicode classes (several times slower) only in the pieces that hold other characters.
const ASCII_SEPARATORS = /[^a-z0-9\u0080-\uffff]+/;

/** Lower case without accents, so "Café" is found by "cafe" and "Straße" by "strasse". */
export function foldCase(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replaceAll('ß', 'ss');
}

function add(words: Set<string>, word: string): void {
  if (word.length >= MIN_WORD && word.length <= MAX_WORD) words.add(word);
}

/** The distinct searchable words of `texts`, folded. */
export function wordsOf(...texts: (string | null | undefined)[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    if (typeof text !== 'string') continue; // a damaged record's field
    for (const piece of text.toLowerCase().split(ASCII_SEPARATORS)) {
      if (!NOT_ASCII.test(piece)) add(words, piece);
      // Folding each word, and only the few that need it, is several times faster than folding the text.
      else for (const [raw] of piece.matchAll(WORD)) add(words, foldCase(raw));
    }
  }
  return words;
}

/** The words of what someone typed, in order, each matched as the start of a word. */
export function queryWords(query: string): string[] {
  return [...wordsOf(query)];
}

/** Whether every query word starts some word of `text`. */
export function matchesAll(text: string, query: string[]): boolean {
  if (query.length === 0) return false;
  const words = [...wordsOf(text)];
  return query.every((q) => words.some((word) => word.startsWith(q)));
}
