import { describe, expect, it } from 'vitest';
import { isTooLarge } from '@/utils/extract/is-too-large';
import { parseHtml } from '../../scripts/parse-html';

describe('isTooLarge', () => {
  // html, head, body and the page's own elements count; 12 characters of text, 3 more in a script
  // and 6 in a <noscript>'s paragraph (parsed as elements where scripts are off, as here).
  const doc = parseHtml(
    '<div><p><b>deep</b></p></div><p>wide</p><noscript><p>hidden</p></noscript><p>wide</p><script>x=1</script>',
    'https://news.example/',
  );

  it.each([
    ['within every limit', 11, 4, 12, false],
    ['one element over the count', 10, 4, 12, true],
    ['one level over the depth', 11, 3, 12, true],
    ['one character over the text (script and noscript text not counted)', 11, 4, 11, true],
  ])('%s', (_, elements, depth, textChars, expected) => {
    expect(isTooLarge(doc, { elements, depth, textChars })).toBe(expected);
  });
});
