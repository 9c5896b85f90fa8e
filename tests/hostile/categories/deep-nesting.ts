import { PWN, type HostileCategory } from '../hostile-input';

/**
 * Nesting `depth` levels deep, far past what parsers and recursive walks are built for (the issue
 * asks for 10,000). The pipeline refuses such pages as too large, before any recursive step; the
 * sanitizer still gets each input directly.
 */
export function deepNesting(depth: number): HostileCategory {
  const nested = (open: string, close: string, inside: string) =>
    `${open.repeat(depth)}${inside}${close.repeat(depth)}`;
  const levels = depth.toLocaleString('en');
  return {
    slug: 'deep-nesting',
    inputs: [
      {
        name: `${levels} divs`,
        refused: 'too-large',
        body: nested('<div>', '</div>', `<p>Deep inside the divs.</p><img src=x onerror=${PWN}>`),
      },
      {
        name: `${levels} spans`,
        refused: 'too-large',
        body: `<p>${nested('<span>', '</span>', 'Deep inside the spans.')}</p>`,
      },
      {
        name: `${levels} quotes`,
        refused: 'too-large',
        body: nested('<blockquote>', '</blockquote>', `<p>Deep inside the quotes.</p><script>${PWN}</script>`),
      },
      {
        name: `${levels} levels of lists and items`,
        refused: 'too-large',
        body: `${'<ul><li>'.repeat(depth / 2)}Deep inside the list.${'</li></ul>'.repeat(depth / 2)}`,
      },
      {
        name: `${levels} unclosed bold tags`,
        refused: 'too-large',
        body: `<p>${'<b>'.repeat(depth)}Bold all the way down.</p>`,
      },
      {
        name: `${levels} SVG groups`,
        refused: 'too-large',
        body: `<svg>${nested('<g>', '</g>', `<script>${PWN}</script>`)}</svg>`,
      },
    ],
  };
}
