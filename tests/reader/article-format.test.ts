import { describe, expect, it } from 'vitest';
import { displayHost, formatPublished, formatReadingTime } from '@/utils/article-format';

describe('formatPublished', () => {
  it.each([
    ['2016-12-24T08:47:00Z', 'en-GB', '24 December 2016'],
    ['2016-12-24T08:47:00Z', 'en-US', 'December 24, 2016'],
    ['2016-12-24T08:47:00Z', 'de-DE', '24. Dezember 2016'],
    ['2016-12-24', 'en-US', 'December 24, 2016'],
    [null, 'en-GB', null],
    ['', 'en-GB', null],
    ['last Tuesday', 'en-GB', null],
  ])('%s in %s -> %s', (iso, locale, expected) => {
    expect(formatPublished(iso, locale)).toBe(expected);
  });
});

describe('formatReadingTime', () => {
  it.each([
    [0, '1 min read'],
    [1, '1 min read'],
    [4.6, '5 min read'],
    [12, '12 min read'],
  ])('%d minutes -> %s', (minutes, expected) => {
    expect(formatReadingTime(minutes)).toBe(expected);
  });
});

describe('displayHost', () => {
  it.each([
    ['https://www.christiantimes.example/articles/1', 'christiantimes.example'],
    ['http://127.0.0.1:8080/a.html', '127.0.0.1'],
    ['not a url', 'not a url'],
  ])('%s -> %s', (url, expected) => {
    expect(displayHost(url)).toBe(expected);
  });
});
