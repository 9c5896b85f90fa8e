// The WCXB measures on tiny texts whose scores are worked out by hand in each case.
import { describe, expect, it } from 'vitest';
import {
  foldTypography,
  corpusShingles,
  shingles,
  shingleScores,
  snippetsFound,
  wordScores,
  wordTokens,
} from '../../scripts/score/metrics';

describe('wordTokens', () => {
  it.each([
    ['lowercases runs of word characters', 'The cat, the HAT!', ['the', 'cat', 'the', 'hat']],
    [
      'keeps letters, digits and underscores of any script',
      'Ça coûte 5€: naïve_test ΑΒΓ 東京',
      ['ça', 'coûte', '5', 'naïve_test', 'αβγ', '東京'],
    ],
    ["splits at combining marks, as Python's \\w does", 'cafe\u0301 ok', ['cafe', 'ok']],
    ['splits at apostrophes and hyphens', "don't re-run", ['don', 't', 're', 'run']],
    ['finds nothing in punctuation', '— … !?', []],
  ])('%s', (_, text, expected) => {
    expect(wordTokens(text)).toEqual(expected);
  });
});

describe('wordScores', () => {
  it('counts shared tokens over output and truth tokens', () => {
    // Output: the cat sat on the mat (6); truth: the cat sat (3); shared: the, cat, sat = 3.
    const scores = wordScores('The cat sat on the mat', 'the cat sat');
    expect(scores.precision).toBe(0.5);
    expect(scores.recall).toBe(1);
    expect(scores.f1).toBeCloseTo(2 / 3, 10);
  });

  it('shares tokens as multisets: a repeated word counts as often as both texts have it', () => {
    // Output a a a b, truth a b b: shared min(3,1) + min(1,2) = 2; P = 2/4, R = 2/3, F1 = 4/7.
    const scores = wordScores('a a a b', 'a b b');
    expect(scores.precision).toBe(0.5);
    expect(scores.recall).toBeCloseTo(2 / 3, 10);
    expect(scores.f1).toBeCloseTo(4 / 7, 10);
  });

  it('ignores case and punctuation', () => {
    expect(wordScores('HELLO, World.', 'hello world')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores an empty output 0', () => {
    expect(wordScores('', 'some truth')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(wordScores('…', 'some truth')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('scores an empty truth 1 for an empty output and 0 for any other', () => {
    expect(wordScores('', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(wordScores('clutter', '')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('scores disjoint texts 0', () => {
    expect(wordScores('red blue', 'green')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('shingles', () => {
  it.each([
    ['slides a window of 4 tokens', 'a b c d e', ['a b c d', 'b c d e']],
    ['makes one shingle of exactly 4 tokens', 'a b c d', ['a b c d']],
    ['makes one shingle of fewer than 4 tokens', 'One, two three', ['One two three']],
    ['keeps case', 'The Cat', ['The Cat']],
    ['makes none of a text without tokens', ' -- ', []],
  ])('%s', (_, text, expected) => {
    expect(shingles(text)).toEqual(expected);
  });
});

describe('shingleScores', () => {
  it('shares shingles as multisets', () => {
    // Output shingles: abcd, bcde; truth: abcd. Shared 1: P = 1/2, R = 1/1.
    expect(shingleScores('a b c d e', 'a b c d')).toEqual({ precision: 0.5, recall: 1 });
  });

  it('is case-sensitive, unlike the word measure', () => {
    expect(shingleScores('The cat sat down', 'the cat sat down')).toEqual({ precision: 0, recall: 0 });
    expect(wordScores('The cat sat down', 'the cat sat down').f1).toBe(1);
  });

  it('compares short texts whole: one shingle each', () => {
    expect(shingleScores('x y', 'x y')).toEqual({ precision: 1, recall: 1 });
    expect(shingleScores('x y', 'x y z')).toEqual({ precision: 0, recall: 0 });
  });

  it('gives an empty output no precision and recall 0 (1 when the truth is empty too)', () => {
    expect(shingleScores('', 'a b c d')).toEqual({ precision: null, recall: 0 });
    expect(shingleScores('', '')).toEqual({ precision: null, recall: 1 });
  });

  it('scores output for an empty truth 0', () => {
    expect(shingleScores('a b', '')).toEqual({ precision: 0, recall: 0 });
  });
});

describe('corpusShingles', () => {
  it('means precision over pages with output, recall over all pages, and F1 from those means', () => {
    // P = mean(1, 0.5) = 0.75; R = mean(1, 0, 0.5) = 0.5; F1 = 2 * 0.75 * 0.5 / 1.25 = 0.6.
    const corpus = corpusShingles([
      { precision: 1, recall: 1 },
      { precision: null, recall: 0 },
      { precision: 0.5, recall: 0.5 },
    ]);
    expect(corpus!.precision).toBe(0.75);
    expect(corpus!.recall).toBe(0.5);
    expect(corpus!.f1).toBeCloseTo(0.6, 10);
  });

  it('has no figures without pages', () => {
    expect(corpusShingles([])).toBeNull();
  });
});

describe('snippetsFound', () => {
  it('matches case-insensitive substrings, whitespace normalised on both sides', () => {
    const output = 'Hello,\n  World\tagain';
    expect(snippetsFound(output, ['hello, world', 'WORLD AGAIN', 'hello,   world', 'hello world', 'missing'])).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('finds a snippet typed in ASCII in a page set in typographic quotes and dashes only once both are folded', () => {
    const output = 'The model is blind—it can’t see your files. “Tools” fix that…';
    const snippets = ["blind-it can't see", '"Tools" fix that...'];
    expect(snippetsFound(output, snippets)).toEqual([false, false]);
    expect(snippetsFound(foldTypography(output), snippets.map(foldTypography))).toEqual([true, true]);
  });

  it('finds nothing in an empty output', () => {
    expect(snippetsFound('', ['a'])).toEqual([false]);
  });
});
