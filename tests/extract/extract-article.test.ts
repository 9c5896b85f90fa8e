import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, ExtractOutcome } from '@/utils/extract/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { sanitizeArticleHtml } from '@/utils/extract/sanitize-html';
import { SHARED_PAGES_DIR } from '../../scripts/corpus';
import { parseHtml } from '../../scripts/parse-html';
import { needsCorpus } from '../support/shared-corpus';

const PAGE_URL = 'https://news.example/2024/05/14/library-reopens';
const needsSharedPages = needsCorpus(SHARED_PAGES_DIR);

const PROSE = [
  'The Maple Street branch library reopened on Tuesday after eighteen months of renovation, with a new reading garden, a children’s wing and a ramp that finally replaces the fourteen steps at the old entrance.',
  'Library director Marcus Webb said attendance had been falling for years before the closure, mostly because the building was hard to reach for older patrons and for parents with strollers.',
  'The renovation cost $4.2 million, most of it from a bond approved by voters in 2021, and came in slightly under budget according to figures presented to the council last month.',
  'Opening hours now run until eight in the evening four nights a week, and the makerspace on the ground floor can be booked online by anyone with a library card.',
];

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Library reopens | The Gazette</title>
<meta property="og:title" content="Library reopens"><meta property="og:site_name" content="The Gazette">${head}</head>
<body>${body}</body></html>`;
}

function article(body: string, head = ''): string {
  return page(
    `<main><article><h1>Library reopens</h1>${body}${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></main>`,
    head,
  );
}

function extract(html: string, options = {}): { outcome: ExtractOutcome; doc: Document } {
  const doc = parseHtml(html, PAGE_URL);
  return { outcome: extractArticle(doc, PAGE_URL, options), doc };
}

function articleOf(html: string): Article {
  const { outcome, doc } = extract(html);
  doc.defaultView?.close();
  if (!outcome.ok) throw new Error(`not extracted: ${outcome.message}`);
  return outcome.article;
}

describe('extractArticle', () => {
  it(
    'gives the same html and text every time (determinism)',
    needsSharedPages(() => {
      const html = readFileSync(`${SHARED_PAGES_DIR}northern-meridian-hollins-fen/source.html`, 'utf8');
      const doc = parseHtml(html, 'https://www.northernmeridian.example/environment/2024/jun/08/hollins-fen');
      const first = extractArticle(doc, doc.URL);
      const second = extractArticle(doc, doc.URL);
      doc.defaultView?.close();
      expect(first.ok && second.ok).toBe(true);
      if (!first.ok || !second.ok) return;
      expect(second.article.html).toBe(first.article.html);
      expect(second.article.text).toBe(first.article.text);
    }),
  );

  it('leaves the page itself untouched', () => {
    const { doc } = extract(article('<div class="ad">Advertisement</div><img data-src="/lazy.jpg">'));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, PAGE_URL);
    expect(doc.documentElement.outerHTML).toBe(before);
    doc.defaultView?.close();
  });

  it('returns html that is already sanitized (sanitizing again changes nothing)', () => {
    const result = articleOf(article('<p>Hi <a href="/about" onclick="x()">about</a> <script>alert(1)</script></p>'));
    expect(sanitizeArticleHtml(result.html, parseHtml('', PAGE_URL).defaultView!)).toBe(result.html);
    expect(result.html).toContain(
      '<a href="https://news.example/about" target="_blank" rel="noopener noreferrer">about</a>',
    );
    expect(result.html).not.toContain('script');
  });

  it('makes every link and image absolute against the page (or its <base>)', () => {
    const result = articleOf(
      article(
        '<p>See <a href="../notes">notes</a> and <a href="#fn1">note 1</a>.</p><figure><img src="img/a.jpg"></figure>',
        '<base href="https://cdn.news.example/x/">',
      ),
    );
    expect(result.html).toContain('href="https://cdn.news.example/notes"');
    expect(result.html).toContain('href="https://cdn.news.example/x/#fn1"');
    expect(result.html).toContain('src="https://cdn.news.example/x/img/a.jpg"');
  });

  it('removes furniture but keeps article text that merely looks like it', () => {
    const result = articleOf(
      article(
        '<div class="share-bar"><a href="https://facebook.example/share">Share on Facebook</a></div>' +
          '<p><span class="ad-label">Anzeige</span></p><div class="gpt-slot"><span>広告</span></div>' +
          '<p><strong>Related:</strong> <a href="/other">Another story entirely</a></p>' +
          '<p>Follow the money, the auditor said on Tuesday, and you will find that the library was the one line in the budget that paid for itself twice over.</p>' +
          '<p><span class="dateline">LAKESIDE —</span> Residents lined up before dawn.</p>' +
          '<blockquote><p>A library is the one place in town where nobody asks you to buy anything.</p><footer>— <cite>Helen Okafor, branch manager</cite></footer></blockquote>',
      ),
    );
    for (const gone of ['Share on Facebook', 'Anzeige', '広告', 'Related:', 'Another story entirely'])
      expect(result.text).not.toContain(gone);
    expect(result.text).toContain('Follow the money, the auditor said on Tuesday');
    expect(result.text).toContain('LAKESIDE — Residents lined up before dawn.');
    expect(result.text).toContain('— Helen Okafor, branch manager');
  });

  it('shows the lead image above the text once, with its caption, even when it sits outside the body', () => {
    const lead =
      '<figure><img src="/lead.jpg" alt="The garden"><figcaption>The new reading garden.</figcaption></figure>';
    const outside = articleOf(
      page(
        `<header class="hero"><h1>Library reopens</h1>${lead}</header><div class="body">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>`,
        '<meta property="og:image" content="https://news.example/lead.jpg">',
      ),
    );
    expect(outside.leadImage).toEqual({
      src: 'https://news.example/lead.jpg',
      alt: 'The garden',
      caption: 'The new reading garden.',
    });
    expect(outside.html.match(/lead\.jpg/g)).toHaveLength(1);
    expect(outside.text.split('\n')[0]).toBe('The new reading garden.');

    const inside = articleOf(
      article(lead, '<meta property="og:image" content="https://news.example/lead.jpg?w=1200">'),
    );
    expect(inside.leadImage?.src).toBe('https://news.example/lead.jpg');
    expect(inside.html.match(/lead\.jpg/g)).toHaveLength(1);
  });

  it('does not invent a lead image the page does not show', () => {
    const result = articleOf(article('', '<meta property="og:image" content="https://news.example/brand-card.png">'));
    expect(result.leadImage).toBeNull();
    expect(result.html).not.toContain('brand-card');
  });

  it('counts words and reading minutes from the text', () => {
    const result = articleOf(article(''));
    expect(result.wordCount).toBe(result.text.split(/\s+/).filter((w) => /\w/.test(w)).length);
    expect(result.readingMinutes).toBe(1);
  });

  it('refuses a page of links, unless forced', () => {
    const home = page(
      `<nav><a href="/">Home</a></nav><ul>${'<li><a href="/a">A headline on the home page</a></li>'.repeat(20)}</ul>`,
    );
    expect(extract(home).outcome).toEqual({
      ok: false,
      reason: 'not-article',
      message: "This page doesn't look like an article.",
    });
    const forced = extract(article(''), { force: true }).outcome;
    expect(forced).toMatchObject({ ok: true, readerable: true });
  });

  it('opens a short article: one paragraph is something to read', () => {
    const brief = articleOf(page(`<article><h1>Library reopens</h1><p>${PROSE[0]}</p></article>`));
    expect(brief.text).toContain(PROSE[0]);
  });

  it("keeps the page's one headline and what is around it when its <title> names only the site", () => {
    const html = `<!DOCTYPE html><html><head><title>Gazette - the town's own paper</title></head><body>
      <header><a href="/">Gazette</a></header><div class="main fixed-sidebar"><div class="post"><h1>Library reopens after renovation</h1>
      <p>${PROSE[0]}</p></div></div></body></html>`;
    expect(articleOf(html).text).toContain(PROSE[0]);
  });

  it('takes the headline a heading shows across line breaks, without the rest of the <title>', () => {
    const html = `<!DOCTYPE html><html><head><title>Library reopens | Northfield Town Notes</title></head><body>
      <article><h1>LIBRARY<br>REOPENS</h1><p>${PROSE[0]}</p></article></body></html>`;
    expect(articleOf(html).title).toBe('Library reopens');
  });

  it('refuses a page with too little to read, and marks it when forced', () => {
    const short = page(`<article><h1>Library reopens</h1><p>Open again from Tuesday.</p></article>`);
    expect(extract(short).outcome.ok).toBe(false);
    expect(extract(short, { force: true }).outcome).toMatchObject({ ok: true, readerable: false });
  });

  it("never nests an <article> or <main> in the reader's own article", () => {
    const teasers = PROSE.map((p, i) => `<article lang="en"><h2>Story ${i}</h2><p>${p}</p></article>`).join('');
    const { outcome } = extract(page(`<main>${teasers}</main>`), { force: true });
    if (!outcome.ok) throw new Error('expected an article');
    expect(outcome.article.html).not.toMatch(/<(article|main)\b/);
    for (const p of PROSE) expect(outcome.article.text).toContain(p);
  });

  const TOO_LARGE = { ok: false, reason: 'too-large', message: 'This page is too large to open in the reader.' };

  // Pathological pages are built in place: committing them would put megabytes in the repository.
  it.each([
    [
      '200,000 elements',
      (doc: Document) => {
        const many = doc.createDocumentFragment();
        for (let i = 0; i < 200_001; i++) many.append(doc.createElement('i'));
        doc.body.append(many);
      },
    ],
    [
      // The walk stops at the depth limit, so 10,000 levels are refused as fast as these; jsdom
      // itself needs minutes to build 10,000 (its insertion is quadratic in depth).
      '1,000-deep nesting',
      (doc: Document) => {
        let node: Element = doc.body;
        for (let i = 0; i < 1_000; i++) node = node.appendChild(doc.createElement('div'));
        node.textContent = PROSE.join(' ');
      },
    ],
    [
      '100 MB of text',
      (doc: Document) => {
        const p = doc.createElement('p');
        p.textContent = `${PROSE[0]} `.repeat(Math.ceil(100e6 / PROSE[0]!.length));
        doc.body.append(p);
      },
    ],
  ])('refuses, quickly and with a clear message, a page with %s', (_, enlarge) => {
    const { doc } = extract(article(''));
    enlarge(doc);
    const started = performance.now();
    expect(extractArticle(doc, PAGE_URL)).toEqual(TOO_LARGE);
    expect(performance.now() - started).toBeLessThan(1_000);
    doc.defaultView?.close();
  });

  it("shows a dateline as the header's date, not as body text; a date in a sentence stays", () => {
    const result = articleOf(
      page(`<article><h1>Library reopens</h1><div class="stamp">UPDATED: May 6, 2024 at 11:02 a.m.</div>
        <p>On <time datetime="2024-05-03">May 3</time> the branch opened its doors for a first look.</p>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`),
    );
    expect(result.publishedTime).toBe('2024-05-06');
    expect(result.text).not.toContain('UPDATED');
    expect(result.text).toContain('On May 3 the branch opened its doors');
  });

  it('keeps the spaces of highlighted code, which highlighters set in <span>s of their own', () => {
    const code =
      '<pre><span class="kn">from</span><span class="w"> </span><span class="nn">flask</span><span class="w"> </span>' +
      '<span class="kn">import</span> <span class="n">Flask</span></pre>';
    expect(articleOf(article(code)).text).toContain('from flask import Flask');
  });

  it('still reads a long article nested as deep as real pages are', () => {
    const { doc } = extract(page(''));
    let node: Element = doc.body;
    for (let i = 0; i < 60; i++) node = node.appendChild(doc.createElement('div'));
    for (const text of PROSE) node.appendChild(doc.createElement('p')).textContent = text.repeat(40);
    const outcome = extractArticle(doc, PAGE_URL);
    doc.defaultView?.close();
    expect(outcome.ok && outcome.article.text).toContain(PROSE[3]!.repeat(40));
  });
});

describe('extractArticle keeps embeds and quotes faithful', () => {
  it.each([
    ['an <aside>', (quote: string) => `<aside class="pull"><p>${quote}</p></aside>`],
    ['a pull-quote <blockquote>', (quote: string) => `<blockquote class="pullquote"><p>${quote}</p></blockquote>`],
    ['a pull-quote <div>', (quote: string) => `<div class="article-pull-quote"><p>${quote}</p></div>`],
  ])('shows a pull quote repeated from the text once, when it is %s', (_, pullQuote) => {
    const quote = 'eighteen months of renovation';
    const result = articleOf(article(pullQuote(quote)));
    expect(result.text.split(quote)).toHaveLength(2);
  });

  it("keeps a quote that appears only once, even when named like a pull quote and repeated in the page's data", () => {
    const quote = 'A library is the one place in town where nobody asks you to buy anything.';
    const data = `<script type="application/json">{"quote": "${quote}"}</script>`;
    const result = articleOf(article(`<blockquote class="pullquote"><p>${quote}</p></blockquote>${data}`));
    expect(result.text).toContain(quote);
  });

  it('shows an embedded video as a link to it, with its caption', () => {
    const video =
      '<figure><iframe src="https://player.vids.example/embed/abc" title="Inside the new reading garden" width="640" height="360" allowfullscreen></iframe>' +
      '<figcaption>A walk through the garden.</figcaption></figure>';
    const result = articleOf(article(video));
    expect(result.html).toContain('<a href="https://player.vids.example/embed/abc"');
    expect(result.text).toContain('Inside the new reading garden\nA walk through the garden.');
  });

  it('shows no link for a hidden tracking frame', () => {
    const frame = '<iframe src="https://tags.example/ns.html?id=1" width="0" height="0" style="display:none"></iframe>';
    expect(articleOf(article(frame)).html).not.toContain('tags.example');
  });
});
