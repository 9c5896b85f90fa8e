/** Average adult reading speed for prose, in words per minute. */
const WORDS_PER_MINUTE = 230;

/** Chinese and Japanese are written without spaces: characters are counted instead of words. */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Word count and reading time (rounded, at least 1 minute) of a plain text. Two CJK characters count
 * as one word, roughly the length of a word in those scripts. Returns 0 words and 1 minute for ''.
 */
export function readingTime(text: string): { wordCount: number; readingMinutes: number } {
  const cjk = text.match(CJK_CHARACTER)?.length ?? 0;
  const words = text
    .replace(CJK_CHARACTER, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  const wordCount = words + Math.ceil(cjk / 2);
  return { wordCount, readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) };
}
