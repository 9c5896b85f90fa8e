import { describe, expect, it } from 'vitest';
import { queryWords, wordsOf } from '@/utils/library/search-words';

describe('the words search finds articles by', () => {
  it('are lower case without accents, split at punctuation, two to forty letters long', () => {
    expect([...wordsOf('The Café’s naïve Straße: don’t stop — 東京 2024, a x', 'ONE-TWO', 'a'.repeat(41))]).toEqual([
      'the',
      'cafe',
      'naive',
      'strasse',
      'don',
      'stop',
      '東京',
      '2024',
      'one',
      'two',
    ]);
  });

  it('are found in accents written as combining marks as in precomposed letters', () => {
    expect([...wordsOf('Cafe\u0301 Gru\u0308n')]).toEqual(['cafe', 'grun']);
  });

  it('skip fields a damaged record holds instead of text', () => {
    expect([...wordsOf('ferry', 42 as never, null, undefined)]).toEqual(['ferry']);
  });

  it('are what a query looks for, in the order typed, without repeats', () => {
    expect(queryWords('Ferry ferry  CAFÉ')).toEqual(['ferry', 'cafe']);
  });
});
