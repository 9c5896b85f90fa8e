import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { sanitizeArticleElement, sanitizeArticleHtml } from '@/utils/extract/sanitize-html';

const { window } = new JSDOM('');
const win = window as unknown as Window;
afterAll(() => window.close());

const FORBIDDEN_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'template',
  'noscript',
  'picture',
  'source',
  'video',
  'audio',
];
const FORBIDDEN_ATTRIBUTES =
  /^(?:on.*|style|srcdoc|formaction|action|ping|srcset|id|class|name|xlink:href|data-.*|aria-.*)$/i;

function parse(html: string): DocumentFragment {
  const template = window.document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** Every broken promise the reader relies on, whatever the input was: [] when the output is safe. */
function violations(html: string): string[] {
  const found: string[] = [];
  for (const el of parse(html).querySelectorAll('*')) {
    if (FORBIDDEN_TAGS.includes(el.localName)) found.push(`<${el.localName}>`);
    if (el.hasAttribute('is')) found.push(`${el.localName}[is]`);
    for (const attr of el.attributes)
      if (FORBIDDEN_ATTRIBUTES.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
    const href = el.localName === 'a' ? el.getAttribute('href') : null;
    if (href !== null && !/^(?:https?:\/\/|mailto:)/i.test(href)) found.push(`href=${href}`);
    if (href !== null && (el.getAttribute('target') !== '_blank' || el.getAttribute('rel') !== 'noopener noreferrer')) {
      found.push(`link without target/rel: ${el.outerHTML}`);
    }
    if (el.localName === 'img' && !/^https?:\/\//i.test(el.getAttribute('src') ?? ''))
      found.push(`img src=${el.getAttribute('src')}`);
  }
  if (/javascript:|vbscript:|data:text/i.test(html)) found.push('a script or data URL in the text');
  return found;
}

const hostile: [string, string][] = [
  ['script element', '<p>ok</p><script>alert(1)</script>'],
  ['script in an svg', '<svg><script>alert(1)</script><p>ok</p></svg>'],
  ['event handler on an image', '<img src="https://img.example/a.jpg" onerror="alert(1)" onload="alert(2)">'],
  ['event handler on a link', '<a href="https://news.example/" onclick="steal()" onmouseover="steal()">ok</a>'],
  ['javascript: link', '<a href="javascript:alert(1)">ok</a>'],
  ['javascript: in mixed case', '<a href="JaVaScRiPt:alert(1)">ok</a>'],
  ['javascript: after spaces', '<a href="   javascript:alert(1)">ok</a>'],
  ['javascript: with a tab entity', '<a href="java&#x09;script:alert(1)">ok</a>'],
  ['javascript: with a newline entity', '<a href="java&#10;script:alert(1)">ok</a>'],
  ['javascript: with a leading control character', '<a href="&#x01;javascript:alert(1)">ok</a>'],
  ['javascript: spelled in entities', '<a href="&#106;&#97;vascript:alert(1)">ok</a>'],
  ['javascript: with an encoded colon', '<a href="javascript&colon;alert(1)">ok</a>'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">ok</a>'],
  ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">ok</a>'],
  ['data: image', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
  ['relative link and image', '<a href="/login">ok</a><img src="/pixel.gif">'],
  ['iframe', '<iframe src="https://evil.example/" srcdoc="<script>alert(1)</script>"></iframe><p>ok</p>'],
  [
    'object and embed',
    '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf"><p>ok</p>',
  ],
  ['frameset', '<frameset><frame src="javascript:alert(1)"></frameset><p>ok</p>'],
  ['svg link', '<svg><a xlink:href="javascript:alert(1)"><text>ok</text></a></svg>'],
  ['mXSS: style in svg', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'],
  ['mXSS: math/mglyph', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['mXSS: noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  [
    'form controls',
    '<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">Go</button><textarea>t</textarea><select><option>o</option></select></form><p>ok</p>',
  ],
  ['style attribute', '<p style="background:url(javascript:alert(1))">ok</p>'],
  ['style element', '<style>body{background:url(javascript:alert(1))}</style><p>ok</p>'],
  ['base element', '<base href="https://evil.example/"><a href="https://news.example/">ok</a>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>ok</p>'],
  ['link element', '<link rel="stylesheet" href="https://evil.example/x.css"><p>ok</p>'],
  ['template', '<template><script>alert(1)</script></template><p>ok</p>'],
  [
    'ping, srcset and ids',
    '<a href="https://news.example/" ping="https://track.example/" id="body" name="cookie">ok</a><img src="https://img.example/a.jpg" srcset="https://evil.example/b.jpg 2x">',
  ],
  ['page target and opener', '<a href="https://news.example/" target="_self" rel="opener">ok</a>'],
  ['data and aria attributes', '<p data-track="1" aria-label="x" class="lead">ok</p>'],
  ['heading in an object in a paragraph', '<p><object><h2>x</h2></object></p><p>ok</p>'],
  [
    'link in a marquee in a link',
    '<a href="https://a.example/"><marquee><a href="https://b.example/">in</a></marquee></a>',
  ],
  ['customized built-in elements', '<p is="x-evil">ok</p><a is="x-link" href="https://news.example/">ok</a>'],
];

describe('sanitizeArticleHtml with hostile markup', () => {
  it('is checked by a checker that does see danger', () => {
    expect(violations('<a href="javascript:x()" onclick="y()">a</a><img src="/rel.gif"><script></script>')).toEqual(
      expect.arrayContaining(['a[onclick]', 'href=javascript:x()', '<script>', 'img src=/rel.gif']),
    );
  });

  it.each(hostile)('%s', (_, input) => {
    const output = sanitizeArticleHtml(input, win);
    expect(violations(output)).toEqual([]);
    expect(sanitizeArticleHtml(output, win)).toBe(output);
  });

  it('drops script text and form control labels along with the elements', () => {
    const output = sanitizeArticleHtml(hostile.find(([name]) => name === 'form controls')![1], win);
    expect(output).not.toMatch(/Go|>t<|>o</);
    expect(sanitizeArticleHtml('<p>ok</p><script>alert(1)</script>', win)).toBe('<p>ok</p>');
  });

  it('keeps safe links and images, absolute, opening in a new tab', () => {
    const output = sanitizeArticleHtml(
      '<p><a href="https://news.example/a?b=1&amp;c=2">web</a> <a href="mailto:desk@news.example">mail</a> <a href="tel:+100">call</a></p><img src="http://img.example/a.jpg" alt="A" width="600" height="400">',
      win,
    );
    expect(output).toBe(
      '<p><a href="https://news.example/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">web</a> ' +
        '<a href="mailto:desk@news.example" target="_blank" rel="noopener noreferrer">mail</a> <a>call</a></p>' +
        '<img src="http://img.example/a.jpg" alt="A" width="600" height="400">',
    );
  });

  it('keeps article structure: figures, tables, lists, quotes, headings, sup/sub', () => {
    const input =
      '<h2>Head</h2><figure><img src="https://img.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>' +
      '<table><thead><tr><th scope="col">h</th></tr></thead><tbody><tr><td colspan="2">c</td></tr></tbody></table>' +
      '<ol start="3"><li>x</li></ol><ul><li>y</li></ul><blockquote><p>q</p></blockquote><p>E=mc<sup>2</sup>, H<sub>2</sub>O</p>';
    expect(sanitizeArticleHtml(input, win)).toBe(input);
  });

  it("drops <article> and <main> tags but keeps their text: the reader's own article holds it", () => {
    expect(sanitizeArticleHtml('<main><article><p>One</p></article><article><p>Two</p></article></main>', win)).toBe(
      '<p>One</p><p>Two</p>',
    );
  });

  it('keeps code verbatim, whitespace intact', () => {
    const input = '<pre><code>  def f(x):\n\treturn x  &lt;  2\n\n</code></pre>';
    expect(sanitizeArticleHtml(input, win)).toBe(input);
  });

  it('collapses <picture> to its image', () => {
    expect(
      sanitizeArticleHtml(
        '<picture><source srcset="https://img.example/a.webp"><img src="https://img.example/a.jpg" alt=""></picture>',
        win,
      ),
    ).toBe('<img src="https://img.example/a.jpg" alt="">');
  });

  it('drops layout sizes from tables but keeps image sizes', () => {
    expect(sanitizeArticleHtml('<table width="900"><tbody><tr><td height="20">c</td></tr></tbody></table>', win)).toBe(
      '<table><tbody><tr><td>c</td></tr></tbody></table>',
    );
  });

  it('is idempotent where the HTML parser is not (newlines opening a <pre>)', () => {
    const once = sanitizeArticleHtml('<pre>\n\n\ncode</pre>', win);
    expect(sanitizeArticleHtml(once, win)).toBe(once);
  });

  it('leaves other DOMPurify instances of the same window alone', () => {
    sanitizeArticleHtml('<a href="https://news.example/">ok</a>', win);
    expect(createDOMPurify(win as never).sanitize('<a href="https://news.example/">ok</a>')).toBe(
      '<a href="https://news.example/">ok</a>',
    );
  });
});

function inPlace(html: string): string {
  const root = window.document.createElement('div');
  root.innerHTML = html;
  return sanitizeArticleElement(root, win).innerHTML;
}

describe('sanitizeArticleElement', () => {
  it.each(hostile)('%s: safe, and stable under the HTML path', (_, input) => {
    const output = inPlace(input);
    expect(violations(output)).toEqual([]);
    expect(sanitizeArticleHtml(output, win)).toBe(output);
  });

  it("gives the HTML path's result for article markup", () => {
    const input =
      '<h2 id="x" class="y">Head</h2><p data-n="1">Hi <a href="https://news.example/" onclick="x()">there</a></p>' +
      '<figure><img src="https://img.example/a.jpg" alt="A" loading="lazy"><figcaption>Cap</figcaption></figure>' +
      '<pre><code>  keep\n\tthis</code></pre><table><tbody><tr><td>c</td></tr></tbody></table>';
    expect(inPlace(input)).toBe(sanitizeArticleHtml(input, win));
  });
});
