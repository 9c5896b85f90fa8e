// `--compare`: which pages moved, in which order.
import { describe, expect, it } from 'vitest';
import { largeMoves, pagesInBoth } from '../../scripts/score/compare';
import type { PageRecord } from '../../scripts/score/results-file';

function record(id: string, f1: number | null): PageRecord {
  const ours = { f1 } as NonNullable<PageRecord['engines']['ours']>;
  return {
    id,
    corpus: 'wcxb',
    type: 'article',
    half: 'tune',
    domain: null,
    withSnippets: 0,
    withoutSnippets: 0,
    engines: { ours },
  };
}

describe('compare', () => {
  const before = [
    record('a', 0.5),
    record('b', 0.5),
    record('c', 0.5),
    record('d', 0.5),
    record('e', null),
    record('f', 0.5),
  ];
  const after = [
    record('a', 0.6),
    record('b', 0.51),
    record('c', 0.2),
    record('d', 0.45),
    record('e', 0.9),
    record('g', 0.1),
  ];

  it('pairs the pages that have ours-F1 in both runs', () => {
    expect(pagesInBoth(before, after).map((move) => move.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps moves over 0.02, the largest drop first and the largest gain last', () => {
    expect(largeMoves(pagesInBoth(before, after)).map((move) => move.id)).toEqual(['c', 'd', 'a']);
  });
});
