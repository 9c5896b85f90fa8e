import { expect, it } from 'vitest';
import { isPlainSelector, MAX_SELECTOR_LENGTH } from '@/utils/site-rules/plain-selector';

it.each([
  'div.tide-times',
  'aside.promo.box',
  'article.story > div.story__body',
  'main section.reader-comments',
  '[data-component="related"]',
  'div#main-content',
  '*.sponsored',
])('accepts the plain selector %s', (selector) => {
  expect(isPlainSelector(selector)).toBe(true);
});

it.each([
  ['an empty one', ''],
  ['a pseudo-class', 'p:nth-child(3)'],
  ['a :has() over the page', 'div:has(p)'],
  ['a list', 'p, div'],
  ['an escape', String.raw`.a\:b`],
  ['a sibling combinator', 'h2 + p'],
  ['a dangling combinator', '> p'],
  ['an attribute value with spaces', '[title="a b"]'],
  ['too many steps', 'a b c d e'],
  ['too long', `div.${'x'.repeat(MAX_SELECTOR_LENGTH)}`],
  ['markup', '<script>alert(1)</script>'],
  ['a style rule', 'p { color: red }'],
  ['not a string', 42],
])('refuses %s', (_what, selector) => {
  expect(isPlainSelector(selector)).toBe(false);
});
