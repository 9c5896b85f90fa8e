/** Average adult reading speed for prose, in words per minute. */
const WORDS_PER_MINUTE = 230;

/** Chinese and Japanese are written without spaces: characters are counted instead of words. */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Any character from U+2E80 on: no text without one holds a CJK_CHARACTER, so most skip that search. */
const MAYBE_CJK = /[\u2e80-\uffff]/;
/** A word has a letter or digit; an ASCII one settles most words without a Unicode property lookup. */
const ASCII_WORD = /[a-zA-Z0-9]/;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Word count and reading time (rounded, at least 1 minute) of a plain text. Two CJK characters count
 * as one word, roughly the length of a word in those scripts. Returns 0 words and 1 minute for ''.
 */
export function readingTime(text: string): { wordCount: number; readingMinutes: number } {
  const cjk = MAYBE_CJK.test(text) ? (text.match(CJK_CHARACTER)?.length ?? 0) : 0;
  let words = 0;
  for (const word of (cjk > 0 ? text.replace(CJK_CHARACTER, ' ') : text).split(/\s+/)) {
    if (ASCII_WORD.test(word) || WORD.test(word)) words++;
  }
  const wordCount = words + Math.ceil(cjk / 2);
  return { wordCount, readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) };
}
