import { describe, expect, it } from 'vitest';
import { cleanByline } from '@/utils/extract/clean-byline';

describe('cleanByline', () => {
  it.each([
    ['"By" dropped', 'By Jane Doe', 'Jane Doe'],
    ['"Posted by" dropped', 'Posted by Jane Doe', 'Jane Doe'],
    ['"by" glued to the name', 'Posted byJane Doe', 'Jane Doe'],
    ['another language', 'von Anna Schmidt', 'Anna Schmidt'],
    ['punctuation before the name', ', Jane Doe', 'Jane Doe'],
    ['a name that starts like "by"', 'Byron Lee', 'Byron Lee'],
    ['a name in another script', 'ليلى الحسيني', 'ليلى الحسيني'],
    ['a URL', 'https://news.example/@jane', null],
    ['a template key', 'page.head.extra.author', null],
    ['a number', '262588213843476', null],
    ['a commenter', 'Jo Reader says:', null],
    ['nothing', '  ', null],
  ])('%s', (_, value, expected) => {
    expect(cleanByline(value)).toBe(expected);
  });
});
