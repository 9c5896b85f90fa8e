// The corpus figures of one engine over a few invented page results.
import { describe, expect, it } from 'vitest';
import type { EngineResult, PageResult, Truth } from '../../scripts/score/page';
import { metadataRates, medianRatio, summarize } from '../../scripts/score/summary';

const TRUTH: Truth = {
  text: 'a b c d',
  with: [],
  without: [],
  title: null,
  author: null,
  date: null,
  readerable: null,
};

function engine(fields: Partial<EngineResult>): EngineResult {
  return {
    engine: 'ours',
    crashed: false,
    error: null,
    refused: false,
    refusal: null,
    ms: 10,
    precision: 1,
    recall: 1,
    f1: 1,
    shingleP: 1,
    shingleR: 1,
    withFound: 0,
    withFoundFolded: 0,
    withoutFound: 0,
    title: null,
    byline: null,
    publishedTime: null,
    text: null,
    ...fields,
  };
}

function page(id: string, truth: Partial<Truth>, ...engines: EngineResult[]): PageResult {
  return {
    page: {
      id,
      corpus: 'wcxb',
      type: 'article',
      half: 'tune',
      domain: `${id}.example`,
      file: '',
      url: '',
      truth: { ...TRUTH, ...truth },
    },
    engines,
  };
}

describe('summarize', () => {
  const pages = [
    page(
      '1',
      { with: ['x', 'y'], without: ['z'] },
      engine({ f1: 1, precision: 1, recall: 1, withFound: 1, withFoundFolded: 2, withoutFound: 1, ms: 10 }),
    ),
    page('2', {}, engine({ f1: 0.5, precision: 0.25, recall: 1, shingleP: 0.5, shingleR: 0.5, ms: 30 })),
    page(
      '3',
      { readerable: false },
      engine({ f1: 0, precision: 0, recall: 0, shingleP: null, shingleR: 0, refused: true, ms: 20 }),
    ),
    page(
      '4',
      { readerable: true },
      engine({ f1: 0, precision: 0, recall: 0, shingleP: null, shingleR: 0, crashed: true, ms: null }),
    ),
  ];
  const summary = summarize(pages, 'ours');

  it('means the word measures over all pages, a refusal and a crash counting 0', () => {
    expect(summary.f1).toBe(0.375);
    expect(summary.precision).toBe(0.3125);
    expect(summary.recall).toBe(0.5);
  });

  it('means shingle precision over pages with output, recall over all', () => {
    // P = mean(1, 0.5) = 0.75; R = mean(1, 0.5, 0, 0) = 0.375; F1 = 2 * 0.75 * 0.375 / 1.125 = 0.5.
    expect(summary.shingle).toEqual({ precision: 0.75, recall: 0.375, f1: 0.5 });
  });

  it('rates snippets over the pages that have them only', () => {
    expect(summary.withRate).toBe(0.5);
    expect(summary.withRateFolded).toBe(1);
    expect(summary.withoutRate).toBe(1);
  });

  it('counts refusals and crashes apart, and times the pages that did not crash', () => {
    expect(summary).toMatchObject({ pages: 4, refused: 1, crashed: 1, medianMs: 20 });
  });

  it('agrees on a verdict when an article is given and a non-article refused', () => {
    // Page 3: refused, not an article (agrees); page 4: crashed, an article (disagrees).
    expect(summary.agreement).toBe(0.5);
  });

  it('has no word figures for pages without a main-content truth', () => {
    const untruthed = summarize(
      [page('5', { text: null }, engine({ f1: null, precision: null, recall: null }))],
      'ours',
    );
    expect(untruthed).toMatchObject({ f1: null, precision: null, recall: null, shingle: null, withRate: null });
  });
});

describe('metadataRates', () => {
  it('counts the article pages whose truth has the field, a refusal as a miss, dates only with a day', () => {
    const rates = metadataRates(
      [
        page(
          '1',
          { title: 'Ferry', author: 'Ana Ruiz', date: '2025-09-04' },
          engine({ title: 'ferry', byline: 'By Ana Ruiz', publishedTime: '2025-09-04T10:00:00Z' }),
        ),
        page('2', { title: 'Bridge', date: '2003-11' }, engine({ refused: true })),
        page('3', { title: 'Home', author: 'Staff', readerable: false }, engine({ refused: true })),
      ],
      'ours',
    );
    expect(rates).toEqual({
      title: { pages: 2, matched: 1 },
      author: { pages: 1, matched: 1 },
      date: { pages: 1, matched: 1 },
    });
  });
});

describe('medianRatio', () => {
  it('is the median of ours / Readability over pages where both have a time', () => {
    const readability = (ms: number | null) => engine({ engine: 'readability', ms });
    const pages = [
      page('1', {}, engine({ ms: 10 }), readability(10)),
      page('2', {}, engine({ ms: 30 }), readability(10)),
      page('3', {}, engine({ ms: 20 }), readability(10)),
      page('4', {}, engine({ ms: 50 }), readability(null)),
    ];
    expect(medianRatio(pages)).toBe(2);
  });
});
