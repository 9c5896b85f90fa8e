import { expect, it } from 'vitest';
import { isWebUrl } from '@/utils/extract/is-web-url';

it.each([
  ['https://img.example/a.jpg', true],
  ['HTTP://img.example/a.jpg', true],
  ['//img.example/a.jpg', false],
  ['file:///home/ana/a.jpg', false],
  ['data:image/gif;base64,R0lGOD', false],
  ['chrome-extension://id/a.png', false],
  ['a.jpg', false],
  [null, false],
])('%s -> %s', (url, expected) => {
  expect(isWebUrl(url)).toBe(expected);
});
