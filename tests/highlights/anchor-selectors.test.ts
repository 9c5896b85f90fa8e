import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '@/utils/highlights/anchor-selectors';
import { describeOffsets } from '@/utils/highlights/describe-range';

const TEXT =
  'The ferry crews walked out at dawn. Commuters waited on the pier for hours. ' +
  'The union said the strike would last two days. The operator called it unlawful. ' +
  'By noon the first buses had been laid on to carry people around the bay.';
const QUOTE = 'The union said the strike would last two days.';

function selectorsFor(text: string, quote: string) {
  const start = text.indexOf(quote);
  return describeOffsets(text, start, start + quote.length)!;
}

function placed(text: string, anchor: { start: number; end: number } | null): string | null {
  return anchor ? text.slice(anchor.start, anchor.end) : null;
}

describe('anchorSelectors', () => {
  const selectors = selectorsFor(TEXT, QUOTE);

  it.each([
    ['the same text', TEXT, QUOTE, 'position'],
    ['a sentence inserted before', 'Updated at 9am. ' + TEXT, QUOTE, 'quote'],
    ['a sentence removed before', TEXT.replace('Commuters waited on the pier for hours. ', ''), QUOTE, 'quote'],
    ['a word changed after it', TEXT.replace('unlawful', 'illegal'), QUOTE, 'position'],
    [
      'a word changed inside it',
      TEXT.replace('two days', 'three days'),
      'The union said the strike would last three days.',
      'fuzzy',
    ],
    [
      'a typo fixed inside it and text inserted before',
      'Breaking. ' + TEXT.replace('strike', 'stike'),
      'The union said the stike would last two days.',
      'fuzzy',
    ],
  ])('finds the quote after %s', (_label, text, expected, method) => {
    const anchor = anchorSelectors(text, selectors);
    expect(placed(text, anchor)).toBe(expected);
    expect(anchor?.method).toBe(method);
  });

  it.each([
    ['the sentence is gone', TEXT.replace(QUOTE + ' ', '')],
    [
      'the sentence was rewritten',
      TEXT.replace(QUOTE, 'Union leaders declined to say how long the walkout would go on.'),
    ],
    ['the article is a different one', 'Rain is expected across the region on Thursday, with snow on high ground.'],
    ['the text is empty', ''],
    [
      'only another copy of it is left, in other surroundings',
      'Intro to the thread. ' + QUOTE + ' Reply two says hello.',
    ],
  ])('returns null rather than a wrong place when %s', (_label, text) => {
    expect(anchorSelectors(text, selectors)).toBeNull();
  });

  it('tells repeated words apart by their context', () => {
    const text = 'Vote yes. The council met. Vote yes. The mayor spoke. Vote yes. The end.';
    const second = text.indexOf('Vote yes.', 10);
    const chosen = describeOffsets(text, second, second + 'Vote yes.'.length)!;
    const edited = 'Live: ' + text.replace('The council met.', 'The council met late.');
    const anchor = anchorSelectors(edited, chosen)!;
    expect(anchor.start).toBe(edited.indexOf('Vote yes.', edited.indexOf('late')));
  });

  it('does not trust the old position when the same words sit there in another context', () => {
    const text = 'Red fox. Blue sky. Red fox.';
    const chosen = describeOffsets(text, 19, 27)!;
    const edited = 'Red fox. Grey sea. Red fox. Blue sky. Red fox.';
    expect(edited.slice(19, 27)).toBe('Red fox.');
    expect(anchorSelectors(edited, chosen)).toEqual({ start: 38, end: 46, method: 'quote' });
  });
});

describe('describeOffsets', () => {
  it('keeps 32 characters of context each side and trims whitespace from the ends', () => {
    const start = TEXT.indexOf(QUOTE) - 1;
    const selectors = describeOffsets(TEXT, start, start + QUOTE.length + 2)!;
    expect(selectors.quote.exact).toBe(QUOTE);
    expect(selectors.quote.prefix).toBe(TEXT.slice(TEXT.indexOf(QUOTE) - 32, TEXT.indexOf(QUOTE)));
    expect(selectors.quote.suffix).toHaveLength(32);
    expect(TEXT.slice(selectors.position.start, selectors.position.end)).toBe(QUOTE);
  });

  it('returns null for a selection of nothing but whitespace', () => {
    expect(describeOffsets('a \n b', 1, 4)).toBeNull();
  });
});
