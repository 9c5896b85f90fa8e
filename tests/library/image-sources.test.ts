import { describe, expect, it } from 'vitest';
import { imageSources } from '@/utils/library/image-sources';

describe('imageSources', () => {
  it.each([
    ['one image', '<p><img src="https://a.example/x.png" alt=""></p>', ['https://a.example/x.png']],
    [
      'escaped ampersands',
      '<img alt="" src="https://a.example/x.png?w=1&amp;h=2">',
      ['https://a.example/x.png?w=1&h=2'],
    ],
    [
      'each once, in order',
      '<img src="http://b.example/2.jpg"><img src="https://a.example/1.jpg"><img src="http://b.example/2.jpg">',
      ['http://b.example/2.jpg', 'https://a.example/1.jpg'],
    ],
    ['nothing to fetch', '<img src="data:image/png;base64,AAAA"><img src="blob:x"><img alt="no src">', []],
    ['not an image', '<a href="https://a.example/x.png">link</a><p>src="https://a.example/y.png"</p>', []],
  ])('%s', (_name, html, expected) => {
    expect(imageSources(html)).toEqual(expected);
  });
});
