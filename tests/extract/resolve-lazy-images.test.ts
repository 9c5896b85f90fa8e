import { describe, expect, it } from 'vitest';
import { resolveLazyImages } from '@/utils/extract/resolve-lazy-images';
import { parseHtml } from '../../scripts/parse-html';

const BASE = 'https://news.example/2024/story.html';
const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

/** The image addresses a reader would see after resolution, in page order. */
function resolved(body: string, prepare?: (doc: Document) => void): string[] {
  const doc = parseHtml(`<!DOCTYPE html><body>${body}</body>`, BASE);
  prepare?.(doc);
  resolveLazyImages(doc, BASE);
  const images = [...doc.body.querySelectorAll('img')];
  const sources = images.map((img) => img.getAttribute('src') ?? '');
  expect(doc.querySelectorAll('picture, img[srcset], img[data-src]')).toHaveLength(0);
  doc.defaultView?.close();
  return sources;
}

describe('resolveLazyImages', () => {
  it.each([
    ['data-src over a placeholder', `<img src="${PLACEHOLDER}" data-src="/a.jpg">`, ['https://news.example/a.jpg']],
    ['data-original', '<img data-original="https://img.example/b.jpg">', ['https://img.example/b.jpg']],
    ['data-lazy-src', '<img src="/img/blank.gif" data-lazy-src="c.jpg">', ['https://news.example/2024/c.jpg']],
    [
      'the largest data-srcset candidate',
      '<img data-srcset="/s.jpg 320w, /l.jpg 1280w, /m.jpg 640w">',
      ['https://news.example/l.jpg'],
    ],
    [
      'the largest density candidate',
      '<img srcset="/1x.jpg, /3x.jpg 3x, /2x.jpg 2x">',
      ['https://news.example/3x.jpg'],
    ],
    [
      'a real src is kept over srcset',
      '<img src="/real.jpg" srcset="/other.jpg 2000w">',
      ['https://news.example/real.jpg'],
    ],
    [
      '<picture>: its <img> when it has a source',
      '<picture><source srcset="/a.webp 2x" type="image/webp"><img src="/a.jpg"></picture>',
      ['https://news.example/a.jpg'],
    ],
    [
      '<picture>: the best <source> when the <img> has none',
      '<picture><source srcset="/p-480.webp 480w, /p-976.webp 976w"><img alt="P"></picture>',
      ['https://news.example/p-976.webp'],
    ],
    [
      'tracking pixels are dropped',
      '<img src="https://track.example/p.gif" width="1" height="1"><img src="/keep.jpg">',
      ['https://news.example/keep.jpg'],
    ],
    ['placeholders with no real source are dropped', `<img src="${PLACEHOLDER}"><img src="/spacer.gif">`, []],
    [
      'a <noscript> fallback replaces a placeholder',
      `<a href="/x"><img src="${PLACEHOLDER}" class="lazyload"><noscript><img src="/n.jpg"></noscript></a>`,
      ['https://news.example/n.jpg'],
    ],
    [
      'a <noscript> fallback is not added twice',
      `<img src="${PLACEHOLDER}" data-src="/n.jpg"><noscript><img src="/n.jpg"></noscript>`,
      ['https://news.example/n.jpg'],
    ],
  ])('%s', (_, body, expected) => {
    expect(resolved(body)).toEqual(expected);
  });

  it('reads a <noscript> fallback kept as text, as in a browser with scripting on', () => {
    const sources = resolved('<p><noscript></noscript></p>', (doc) => {
      doc.querySelector('noscript')!.textContent = '<img src="/from-text.jpg" onerror="alert(1)">';
    });
    expect(sources).toEqual(['https://news.example/from-text.jpg']);
  });
});
