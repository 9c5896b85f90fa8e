import { PWN, type HostileCategory, type HostileInput } from '../hostile-input';

const HANDLERS = `onclick="${PWN}" onmouseover="${PWN}" onfocus="${PWN}" onerror="${PWN}" onload="${PWN}" onanimationstart="${PWN}" tabindex="0"`;

/** Where an element must sit to be parsed as itself (a cell outside a table is dropped). */
const CONTEXT: Record<string, [string, string]> = {
  li: ['<ul>', '</ul>'],
  dt: ['<dl>', '</dl>'],
  dd: ['<dl>', '</dl>'],
  figcaption: ['<figure>', '</figure>'],
  summary: ['<details open>', '</details>'],
  rt: ['<ruby>base', '</ruby>'],
  rp: ['<ruby>base', '</ruby>'],
  caption: ['<table>', '<tr><td>c</td></tr></table>'],
  colgroup: ['<table>', '<tr><td>c</td></tr></table>'],
  thead: ['<table>', '</table>'],
  tbody: ['<table>', '</table>'],
  tfoot: ['<table>', '</table>'],
  tr: ['<table><tbody>', '</tbody></table>'],
  td: ['<table><tbody><tr>', '</tr></tbody></table>'],
  th: ['<table><tbody><tr>', '</tr></tbody></table>'],
};

const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input', 'col', 'embed', 'source', 'track', 'area']);

/** The tags an article may keep, and common ones it may not: each carries every kind of handler. */
const TAGS = [
  'a', 'abbr', 'address', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'colgroup', 'dd', 'del',
  'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp',
  'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'time', 'tr', 'u', 'ul', 'var', 'wbr', 'article', 'aside', 'main', 'nav', 'font', 'center', 'marquee', 'video',
  'audio', 'body', 'html', 'input', 'select', 'label', 'dialog', 'meter', 'progress', 'canvas',
];

function handlersOn(tag: string): HostileInput {
  const [before, after] = CONTEXT[tag] ?? ['', ''];
  const src = tag === 'img' || tag === 'video' || tag === 'audio' ? ' src="/x.png"' : '';
  const open = `<${tag}${src} ${HANDLERS}>`;
  return { name: `handlers on <${tag}>`, body: `${before}${open}${VOID.has(tag) ? '' : `text in ${tag}</${tag}>`}${after}` };
}

export const eventHandlers: HostileCategory = {
  slug: 'event-handlers',
  inputs: [
    ...TAGS.map(handlersOn),
    { name: 'upper-case handler', body: `<img src="/x.png" ONERROR="${PWN}">` },
    { name: 'handler after a slash', body: `<img/src="/x.png"/onerror="${PWN}">` },
    { name: 'unquoted handler', body: `<img src=/x.png onerror=${PWN}>` },
    { name: 'handler with an entity-encoded body', body: `<img src="/x.png" onerror="window&#46;__pwned&#61;1">` },
    { name: 'details that toggles', body: `<details open ontoggle="${PWN}"><summary>More</summary>Text</details>` },
    { name: 'SVG onload', body: `<svg onload="${PWN}"><circle r="4"/></svg>` },
    { name: 'SVG animation onbegin', body: `<svg><animate onbegin="${PWN}" attributeName="x" dur="1s"/></svg>` },
    { name: 'handler on a custom element', body: `<x-note onclick="${PWN}">Note</x-note>` },
  ],
};
