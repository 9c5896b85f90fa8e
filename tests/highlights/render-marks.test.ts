// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { drawHighlight as drawWith, eraseMarks } from '@/utils/highlights/render-marks';
import { TextIndex } from '@/utils/highlights/text-offsets';
import type { HighlightColor } from '@/utils/highlights/types';

const HTML =
  '<h2>Ferries</h2>\n<p>The crews <em>walked out</em> at dawn.</p>\n' +
  '<ul>\n<li>Pier 1 closed.</li>\n<li>Pier 2 open.</li>\n</ul>\n' +
  '<figure><img src="https://img.example/a.jpg" alt=""><figcaption>The pier at six.</figcaption></figure>';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  root.innerHTML = HTML;
});

// A fresh index per call: erasing merges text nodes, as the reader's layer knows to expect.
const drawHighlight = (within: HTMLElement, id: string, color: HighlightColor, start: number, end: number) =>
  drawWith(new TextIndex(within), id, color, start, end);
const marksOf = (within: HTMLElement, id: string) =>
  [...within.querySelectorAll<HTMLElement>('mark[data-highlight-id]')].filter(
    (mark) => mark.dataset.highlightId === id,
  );
const eraseHighlight = (within: HTMLElement, id: string) => eraseMarks(marksOf(within, id));
const text = () => root.textContent ?? '';
const at = (quote: string) => [text().indexOf(quote), text().indexOf(quote) + quote.length] as const;
const marked = (id: string) =>
  marksOf(root, id)
    .map((m) => m.textContent)
    .join('|');
const textNodeCount = () => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
};

describe('drawHighlight / eraseMarks', () => {
  it('wraps a passage across paragraphs, list items and captions without changing the text', () => {
    const [start] = at('at dawn');
    const [, end] = at('The pier');
    const marks = drawHighlight(root, 'a', 'green', start, end);
    expect(marks.map((m) => m.textContent)).toEqual(['at dawn.', 'Pier 1 closed.', 'Pier 2 open.', 'The pier']);
    expect(
      marks.every((m) => m.tagName === 'MARK' && m.dataset.highlightId === 'a' && m.dataset.color === 'green'),
    ).toBe(true);
    expect(text()).toBe(new DOMParser().parseFromString(HTML, 'text/html').body.textContent);
    // No mark between the list items: only text inside them is wrapped.
    expect(root.querySelector('ul > mark')).toBeNull();
  });

  it('wraps inside inline elements and splits text nodes only where the highlight begins and ends', () => {
    drawHighlight(root, 'a', 'yellow', ...at('crews walked'));
    expect(marked('a')).toBe('crews |walked');
    expect(root.querySelector('em mark')?.textContent).toBe('walked');
  });

  it('nests overlapping highlights and keeps either when the other is removed', () => {
    drawHighlight(root, 'a', 'yellow', ...at('crews walked out'));
    drawHighlight(root, 'b', 'blue', ...at('walked out at dawn'));
    expect(marked('a')).toBe('crews |walked out');
    expect(marked('b')).toBe('walked out| at dawn');
    expect(root.querySelector('mark[data-highlight-id="a"] > mark[data-highlight-id="b"]')?.textContent).toBe(
      'walked out',
    );
    eraseHighlight(root, 'a');
    expect(marked('a')).toBe('');
    expect(marked('b')).toBe('walked out| at dawn');
    eraseHighlight(root, 'b');
    expect(root.innerHTML).toBe(HTML);
  });

  it('keeps adjacent highlights apart', () => {
    const [start, mid] = at('The crews');
    drawHighlight(root, 'a', 'yellow', start, mid);
    drawHighlight(root, 'b', 'pink', mid, mid + ' walked'.length);
    expect(marked('a')).toBe('The crews');
    // The lone space between "crews" and <em> is left unwrapped, like whitespace between blocks.
    expect(marked('b')).toBe('walked');
  });

  it('restores the original text nodes exactly when every highlight is removed, in any order', () => {
    const nodesBefore = textNodeCount();
    drawHighlight(root, 'a', 'yellow', ...at('Pier 1 closed.\nPier 2'));
    drawHighlight(root, 'b', 'green', ...at('1 closed'));
    drawHighlight(root, 'c', 'blue', ...at('Ferries'));
    for (const id of ['b', 'c', 'a']) eraseHighlight(root, id);
    expect(root.innerHTML).toBe(HTML);
    expect(textNodeCount()).toBe(nodesBefore);
  });
});
