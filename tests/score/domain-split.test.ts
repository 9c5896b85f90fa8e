// The tune/check split: FNV-1a as published, the same half for a domain every time, and about half each.
import { describe, expect, it } from 'vitest';
import { domainOf, fnv1a32, halfOf } from '../../scripts/score/domain-split';

describe('fnv1a32', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %j as the reference FNV-1a does', (text, hash) => {
    expect(fnv1a32(text)).toBe(hash);
  });

  it('hashes the UTF-8 bytes, not the UTF-16 code units', () => {
    // "é" is the bytes C3 A9 (worked out with Python); its code unit E9 alone would give 0x6c0b6c44.
    expect(fnv1a32('é')).toBe(0x1e9de8c1);
  });
});

describe('domainOf', () => {
  it.each([
    ['https://www.Example.com/a?b', 'example.com'],
    ['http://news.example.co.uk/', 'news.example.co.uk'],
    ['https://sub.www.example.com/', 'sub.www.example.com'],
    ['https://wwwfoo.com/', 'wwwfoo.com'],
    ['not a url', null],
  ])('%s -> %s', (url, domain) => {
    expect(domainOf(url)).toBe(domain);
  });
});

describe('halfOf', () => {
  it('puts a domain in the half the parity of its hash says, the same every time', () => {
    expect(halfOf('example.com')).toBe('tune'); // 0x431ceb26
    expect(halfOf('github.com')).toBe('check'); // 0x49361819
    expect(halfOf('nytimes.com')).toBe('check'); // 0xd69d3825
    expect(halfOf('bbc.co.uk')).toBe('tune'); // 0xe55ec88c
    expect(halfOf('example.com')).toBe(halfOf('example.com'));
  });

  it('splits many domains about in half', () => {
    const domains = Array.from({ length: 2000 }, (_, i) => `site${i}.example`);
    const tune = domains.filter((domain) => halfOf(domain) === 'tune').length;
    expect(tune / domains.length).toBeGreaterThan(0.45);
    expect(tune / domains.length).toBeLessThan(0.55);
  });
});
