import { describe, expect, it } from 'vitest';
import { articleIdFor } from '@/utils/library/article-id';

describe('articleIdFor', () => {
  it.each([
    ['https://News.Example/a?utm_source=x&utm_medium=email#comments', 'https://news.example/a'],
    ['https://news.example/a?fbclid=abc&gclid=def&mc_cid=1', 'https://news.example/a'],
    ['https://news.example/a?page=2&id=7&utm_campaign=z', 'https://news.example/a?id=7&page=2'],
    ['https://news.example:443/a', 'https://news.example/a'],
  ])('%s -> %s', (canonicalUrl, id) => {
    expect(articleIdFor({ url: 'https://ignored.example/', canonicalUrl })).toBe(id);
  });

  it('uses the page address when there is no canonical one', () => {
    expect(articleIdFor({ url: 'https://news.example/b?utm_source=rss', canonicalUrl: '' })).toBe(
      'https://news.example/b',
    );
  });

  it('gives the same id to one article reached from a newsletter and from a bookmark', () => {
    const fromMail = articleIdFor({
      url: 'https://news.example/a?utm_source=mail',
      canonicalUrl: 'https://news.example/a?utm_source=mail',
    });
    const fromBookmark = articleIdFor({ url: 'https://news.example/a', canonicalUrl: 'https://news.example/a' });
    expect(fromMail).toBe(fromBookmark);
  });
});
