/** Elements that start and end a line of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
const CELL_TAGS = new Set(['TD', 'TH']);

/**
 * The text of `root` as a reader sees it: one line per block (paragraph, heading, list item, caption),
 * table rows as lines with cells separated by tabs, an ordered list's items numbered ("2. …") as the
 * reader shows them, <br> as a line break, <pre> verbatim (whitespace intact); elsewhere whitespace
 * collapses as in rendering. Words are never glued across blocks.
 * Returns '' for an element without text.
 */
export function plainText(root: Element): string {
  const lines: string[] = [];
  let line = '';
  let cellDepth = 0;
  let cellIndex = 0;
  /** The number the next item of each ordered list shows. */
  const numbers = new Map<Element, number>();

  const flush = () => {
    const clean = line
      .replace(/ {2,}/g, ' ')
      .replace(/ *\t */g, '\t')
      .replace(/^ +| +$/g, '');
    if (clean.replace(/\t/g, '')) lines.push(clean);
    line = '';
  };
  // Inside a table cell, blocks and breaks become spaces so that a row stays one line.
  const breakLine = () => {
    if (cellDepth > 0) line += ' ';
    else flush();
  };

  // Iterative walk: [node, leaving] pairs, so deep documents cannot overflow the call stack.
  const stack: [Node, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, leaving] = stack.pop()!;
    if (node.nodeType === 3) {
      line += (node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName;
    if (leaving) {
      if (CELL_TAGS.has(tag)) cellDepth--;
      else if (BLOCK_TAGS.has(tag)) breakLine();
      continue;
    }
    if (tag === 'BR') {
      breakLine();
      continue;
    }
    if (tag === 'PRE' && cellDepth === 0) {
      flush();
      const code = (node.textContent ?? '').replace(/\n$/, '');
      if (code.trim()) lines.push(code);
      continue;
    }
    if (tag === 'TR') cellIndex = 0;
    if (CELL_TAGS.has(tag)) {
      if (cellIndex++ > 0) line += '\t';
      cellDepth++;
    } else if (BLOCK_TAGS.has(tag)) {
      breakLine();
      if (tag === 'LI') line += itemNumber(node as Element, numbers);
    }
    stack.push([node, true]);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push([child, false]);
  }
  flush();
  return lines.join('\n');
}

/**
 * "N. " for an item of an ordered list, numbered from the list's `start` as the reader shows it (the
 * only numbering attribute the sanitizer keeps); '' for any other item. `numbers` holds each list's next.
 */
function itemNumber(item: Element, numbers: Map<Element, number>): string {
  const list = item.parentElement;
  if (list?.tagName !== 'OL') return '';
  const start = Number.parseInt(list.getAttribute('start') ?? '', 10);
  const number = numbers.get(list) ?? (Number.isNaN(start) ? 1 : start);
  numbers.set(list, number + 1);
  return `${number}. `;
}
