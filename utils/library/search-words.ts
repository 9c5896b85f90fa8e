/** Words shorter than this are not indexed: they match almost everything. */
const MIN_WORD = 2;
/** Longer runs are addresses or hashes, not words anyone types. */
const MAX_WORD = 40;
// Marks belong to the word they sit on ("café" written with a combining accent).
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Lower case without accents, so "Café" is found by "cafe" and "Straße" by "strasse". */
export function foldCase(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replaceAll('ß', 'ss');
}

function add(words: Set<string>, word: string): void {
  if (word.length >= MIN_WORD && word.length <= MAX_WORD) words.add(word);
}

/** Whether a character code can be part of a word: an ASCII letter or digit (lower case), or any non-ASCII character. */
function inPiece(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code >= 128;
}

/**
 * The distinct searchable words of `texts`, folded. Most text is plain ASCII: it is cut at ASCII
 * punctuation and spaces by a plain loop, and only pieces holding other characters are searched
 * with Unicode classes (several times slower). Indexing thousands of imported articles spends most
 * of its time here.
 */
export function wordsOf(...texts: (string | null | undefined)[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    if (typeof text !== 'string') continue; // a damaged record's field
    const lower = text.toLowerCase();
    let start = -1;
    let ascii = true;
    for (let i = 0; i <= lower.length; i++) {
      const code = i < lower.length ? lower.charCodeAt(i) : 32;
      if (inPiece(code)) {
        if (start < 0) start = i;
        if (code >= 128) ascii = false;
        continue;
      }
      if (start < 0) continue;
      const piece = lower.slice(start, i);
      if (ascii) add(words, piece);
      // Folding each word, and only the few that need it, is several times faster than folding the text.
      else for (const [raw] of piece.matchAll(WORD)) add(words, foldCase(raw));
      start = -1;
      ascii = true;
    }
  }
  return words;
}

/** The words of what someone typed, in order, each matched as the start of a word. */
export function queryWords(query: string): string[] {
  return [...wordsOf(query)];
}
