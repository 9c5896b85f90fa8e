import { describe, expect, it } from 'vitest';
import { imageType, isInertSvg } from '@/utils/library/image-type';

/** Numbers as bytes, strings as UTF-8. */
const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'number' ? [v] : [...new TextEncoder().encode(v)])));

describe('imageType', () => {
  it.each([
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0), 'image/jpeg'],
    ['PNG', bytes(0x89, 'PNG\r\n', 0x1a, '\n', 0), 'image/png'],
    ['GIF', bytes('GIF89a'), 'image/gif'],
    ['WebP', bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '), 'image/webp'],
    ['AVIF', bytes(0, 0, 0, 0x20, 'ftypavif'), 'image/avif'],
    ['SVG', bytes('\uFEFF<?xml version="1.0"?>\n<!-- made by hand -->\n<svg viewBox="0 0 1 1"/>'), 'image/svg+xml'],
    ['HTML', bytes('<!doctype html><svg></svg>'), null],
    ['MP4', bytes(0, 0, 0, 0x20, 'ftypisom'), null],
    ['nothing', bytes(), null],
  ])('%s', (_name, file, expected) => {
    expect(imageType(file)).toBe(expected);
  });
});

describe('isInertSvg', () => {
  it.each([
    [
      'shapes and gradients',
      '<svg><defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/></svg>',
      true,
    ],
    ['a script', '<svg><script>alert(1)</script></svg>', false],
    ['an event handler', '<svg><rect onclick="alert(1)"/></svg>', false],
    ['foreign markup', '<svg><foreignObject><p>hi</p></foreignObject></svg>', false],
    ['an outside image', '<svg><image xlink:href="https://t.example/p.png"/></svg>', false],
    ['an outside style', '<svg><style>@import "https://t.example/a.css";</style></svg>', false],
    ['an outside paint', '<svg><rect fill="url(https://t.example/p.svg#a)"/></svg>', false],
    ['a javascript link', '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>', false],
    ['an entity', '<!DOCTYPE svg [<!ENTITY x "y">]><svg/>', false],
  ])('%s', (_name, text, expected) => {
    expect(isInertSvg(text)).toBe(expected);
  });
});
