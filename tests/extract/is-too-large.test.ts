import { describe, expect, it } from 'vitest';
import { isTooLarge } from '@/utils/extract/is-too-large';
import { parseHtml } from '../../scripts/parse-html';

describe('isTooLarge', () => {
  // html, head, body and the page's own elements count.
  const doc = parseHtml('<div><p><b>deep</b></p></div><p>wide</p><p>wide</p>', 'https://news.example/');

  it.each([
    ['within both bounds', 8, 4, false],
    ['one element over the count', 7, 4, true],
    ['one level over the depth', 8, 3, true],
  ])('%s', (_, maxElements, maxDepth, expected) => {
    expect(isTooLarge(doc, maxElements, maxDepth)).toBe(expected);
  });
});
