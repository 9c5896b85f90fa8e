import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { plainText } from '@/utils/extract/plain-text';

const { window } = new JSDOM('');
afterAll(() => window.close());

function textOf(html: string): string {
  const root = window.document.createElement('div');
  root.innerHTML = html;
  return plainText(root);
}

describe('plainText', () => {
  it.each([
    ['paragraphs become lines', '<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
    ['blocks never glue words', '<div>end<div>start</div>again</div>', 'end\nstart\nagain'],
    [
      'headings, lists and quotes are blocks',
      '<h2>Head</h2><ul><li>x</li><li>y</li></ul><blockquote>q</blockquote>',
      'Head\nx\ny\nq',
    ],
    [
      'captions are blocks',
      '<figure><img src="https://img.example/a.jpg"><figcaption>Cap</figcaption></figure><p>Next</p>',
      'Cap\nNext',
    ],
    [
      "an ordered list's items show their numbers, from its start, nested lists counting apart",
      '<ol start="3"><li>Whisk<ol><li>eggs</li><li>sugar</li></ol></li><li>Fold</li></ol><ul><li>Serve</li></ul>',
      '3. Whisk\n1. eggs\n2. sugar\n4. Fold\nServe',
    ],
    ['<br> breaks a line', '<p>first<br>second</p>', 'first\nsecond'],
    ['inline elements join as written', '<p>un<b>believ</b>able, <em>truly</em> so</p>', 'unbelievable, truly so'],
    ['whitespace collapses as rendered', '<p>  lots \n of\t\tspace  </p>\n\n<p> b </p>', 'lots of space\nb'],
    [
      'table cells are tab-separated, rows are lines',
      '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td><p>2</p><p>3</p></td></tr></table>',
      'A\tB\n1\t2 3',
    ],
    ['empty cells keep their column', '<table><tr><td>a</td><td></td><td>c</td></tr></table>', 'a\t\tc'],
    ['nothing to read', '<p> </p><img src="https://img.example/a.jpg">', ''],
  ])('%s', (_, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  it('keeps <pre> verbatim: indentation, tabs and blank lines', () => {
    const code = 'def f(x):\n    if x:\n\treturn  1\n\n    return 2';
    const pre = window.document.createElement('pre');
    pre.textContent = code;
    const root = window.document.createElement('div');
    root.append('Before', pre, 'After');
    expect(plainText(root)).toBe(`Before\n${code}\nAfter`);
  });
});
