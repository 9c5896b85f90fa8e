import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '@/utils/library/text-fragment';

const PAGE = 'https://news.example/2016/aleppo';
const quote = (exact: string, prefix = '', suffix = '') => ({ exact, prefix, suffix });

describe('textFragmentUrl', () => {
  it.each([
    ['a short quote whole', quote('phone conversation'), `${PAGE}#:~:text=phone%20conversation`],
    [
      'white space collapsed and trimmed',
      quote('  phone \u00a0  conversation\n'),
      `${PAGE}#:~:text=phone%20conversation`,
    ],
    [
      '-, and & encoded as the spec asks',
      quote('left-wing, right & centre'),
      `${PAGE}#:~:text=left%2Dwing%2C%20right%20%26%20centre`,
    ],
    ['parentheses, # and % encoded too', quote('(50% of #1)'), `${PAGE}#:~:text=%2850%25%20of%20%231%29`],
    ['non-ASCII as UTF-8', quote('Straße café'), `${PAGE}#:~:text=Stra%C3%9Fe%20caf%C3%A9`],
    [
      'a long quote as its first and last five words',
      quote('one two three four five six seven eight nine ten eleven'),
      `${PAGE}#:~:text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven`,
    ],
    [
      'a quote over paragraphs by its first and last, each matched within its own block',
      quote('They spoke.\nAbout the city and the war and what comes next for it.'),
      `${PAGE}#:~:text=They%20spoke.,what%20comes%20next%20for%20it.`,
    ],
    ['a table row split at its cells', quote('Berlin\t3.6 million'), `${PAGE}#:~:text=Berlin,3.6%20million`],
    [
      'a selection inside words grown to the whole words',
      quote('hone conversat', 'a p', 'ion on'),
      `${PAGE}#:~:text=phone%20conversation`,
    ],
    ['context after punctuation left alone', quote('phone', 'a "', '", he'), `${PAGE}#:~:text=phone`],
  ])('gives %s', (_, selector, expected) => {
    expect(textFragmentUrl(PAGE, selector)).toBe(expected);
  });

  it("drops the page's own fragment and keeps its query", () => {
    expect(textFragmentUrl('https://a.example/p?q=1#section-2', quote('word'))).toBe(
      'https://a.example/p?q=1#:~:text=word',
    );
    expect(textFragmentUrl('https://a.example/p#:~:text=old', quote('new'))).toBe('https://a.example/p#:~:text=new');
  });

  it('gives the bare page address for a quote of white space only', () => {
    expect(textFragmentUrl(`${PAGE}#top`, quote(' \n\t '))).toBe(PAGE);
  });
});
