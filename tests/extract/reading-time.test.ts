import { describe, expect, it } from 'vitest';
import { readingTime } from '@/utils/extract/reading-time';

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('readingTime', () => {
  it.each([
    ['nothing', '', 0, 1],
    ['a short note still takes a minute', words(40), 40, 1],
    ['230 words is one minute', words(230), 230, 1],
    ['460 words is two minutes', words(460), 460, 2],
    ['1,000 words round to four minutes', words(1000), 1000, 4],
    ['punctuation alone is not a word', `— ${words(3)} · … !`, 3, 1],
    ['lines and tabs separate words', 'one\ntwo\tthree', 3, 1],
    ['CJK characters count two to a word', '日本語の文章です', 4, 1],
    ['words in other alphabets count', 'Ελληνικά русский עברית 123 ½', 5, 1],
    ['CJK beside spaced words', 'Tokyo 東京 2025年', 4, 1],
    ['CJK beyond the basic plane', '𠀋𠀋 word', 2, 1],
  ])('%s', (_, text, wordCount, readingMinutes) => {
    expect(readingTime(text)).toEqual({ wordCount, readingMinutes });
  });
});
