import { describe, expect, it } from 'vitest';
import { isTooLarge } from '@/utils/extract/is-too-large';
import { parseHtml } from '../../scripts/parse-html';

describe('isTooLarge', () => {
  // html, head, body and the page's own elements count; 12 characters of text, 3 more in a script.
  const doc = parseHtml(
    '<div><p><b>deep</b></p></div><p>wide</p><p>wide</p><script>x=1</script>',
    'https://news.example/',
  );

  it.each([
    ['within every limit', 9, 4, 12, false],
    ['one element over the count', 8, 4, 12, true],
    ['one level over the depth', 9, 3, 12, true],
    ['one character over the text (script text not counted)', 9, 4, 11, true],
  ])('%s', (_, elements, depth, textChars, expected) => {
    expect(isTooLarge(doc, { elements, depth, textChars })).toBe(expected);
  });
});
