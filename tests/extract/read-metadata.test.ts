import { describe, expect, it } from 'vitest';
import { readMetadata } from '@/utils/extract/read-metadata';
import { parseHtml } from '../../scripts/parse-html';

const URL = 'https://news.example/2024/05/story.html';

function read(head: string, body = '', htmlAttributes = '') {
  const doc = parseHtml(`<!DOCTYPE html><html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`, URL);
  const metadata = readMetadata(doc, URL);
  doc.defaultView?.close();
  return metadata;
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readMetadata', () => {
  it('reads an article inside a JSON-LD @graph', () => {
    const metadata = read(
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'The Ledger' },
          {
            '@type': 'NewsArticle',
            headline: 'Council votes',
            author: [
              { '@type': 'Person', name: 'Ana Ruiz' },
              { '@type': 'Person', name: 'Tom Becker' },
            ],
            datePublished: '2024-04-17T06:45:00-07:00',
            image: { '@type': 'ImageObject', url: '/img/lead.jpg' },
            inLanguage: 'en-US',
          },
        ],
      }),
    );
    expect(metadata).toMatchObject({
      titleCandidates: ['Council votes'],
      byline: 'Ana Ruiz, Tom Becker',
      siteName: 'The Ledger',
      publishedTime: '2024-04-17T06:45:00-07:00',
      lang: 'en-US',
      image: 'https://news.example/img/lead.jpg',
    });
  });

  it('reads a top-level JSON-LD array and skips broken blocks', () => {
    const metadata = read(
      '<script type="application/ld+json">{ not json</script>' +
        jsonLd([
          { '@type': 'WebPage' },
          { '@type': ['BlogPosting'], headline: 'Post', author: 'Jo Lee', publisher: { name: 'Jo’s Blog' } },
        ]),
    );
    expect(metadata).toMatchObject({ titleCandidates: ['Post'], byline: 'Jo Lee', siteName: 'Jo’s Blog' });
  });

  it('reads OpenGraph, article:* and twitter meta tags', () => {
    const metadata = read(
      '<meta property="og:title" content="OG title"><meta name="twitter:title" content="Tw title">' +
        '<meta property="og:site_name" content="Site"><meta property="og:description" content="Summary">' +
        '<meta property="article:published_time" content="2023-10-02T14:21:07.112Z">' +
        '<meta property="article:author" content="https://news.example/@someone"><meta name="author" content="By Sam Doe">' +
        '<meta name="twitter:image" content="https://img.example/card.jpg">',
    );
    expect(metadata).toMatchObject({
      titleCandidates: ['OG title', 'Tw title'],
      siteName: 'Site',
      excerpt: 'Summary',
      publishedTime: '2023-10-02T14:21:07.112Z',
      byline: 'Sam Doe',
      image: 'https://img.example/card.jpg',
    });
  });

  it('reads the author and publisher a JSON-LD @graph names once by @id', () => {
    const metadata = read(
      jsonLd({
        '@graph': [
          { '@type': 'Article', headline: 'H', author: { '@id': '#ana' }, publisher: { '@id': '#org' } },
          { '@type': 'Person', '@id': '#ana', name: 'Ana Ruiz' },
          { '@type': 'Organization', '@id': '#org', name: 'Ledger Media Group, LLC' },
        ],
      }),
    );
    expect(metadata).toMatchObject({ byline: 'Ana Ruiz', siteName: 'Ledger Media Group' });
  });

  it("prefers the site's own name to its publisher's", () => {
    const publisher = { '@type': 'NewsArticle', headline: 'H', publisher: { name: 'Ledger Foundation, Inc.' } };
    expect(read(jsonLd([publisher, { '@type': 'WebSite', name: 'The Ledger' }])).siteName).toBe('The Ledger');
    expect(read(jsonLd(publisher) + '<meta name="application-name" content="Ledger">').siteName).toBe('Ledger');
  });

  it('lists every name the site goes by, and its host names', () => {
    const metadata = read(
      '<meta property="og:site_name" content="The Ledger"><meta name="twitter:site" content="@ledgernews">' +
        '<link rel="canonical" href="https://ledger.example/story">',
    );
    expect(metadata.siteNames).toEqual(['The Ledger', 'ledgernews', 'news.example', 'ledger.example']);
  });

  it('decodes character references a CMS escaped twice', () => {
    const metadata = read(
      '<meta property="og:title" content="Tips &amp;#8211; tricks">' +
        jsonLd({ '@type': 'Article', headline: 'M&amp;A' }),
    );
    expect(metadata.titleCandidates).toEqual(['M&A', 'Tips – tricks']);
  });

  it('reads schema.org microdata when nothing else says', () => {
    const metadata = read(
      '',
      '<article itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">H</h1>' +
        '<span itemprop="author" itemscope><span itemprop="name">Kim Park</span></span>' +
        '<time itemprop="datePublished" datetime="2022-01-05">5 Jan</time></article>',
    );
    expect(metadata).toMatchObject({ byline: 'Kim Park', publishedTime: '2022-01-05', headings: ['H'] });
  });

  it('converts a date that is not ISO 8601, and drops one that is not a date', () => {
    expect(read('<meta property="article:published_time" content="Tue, 14 May 2024 06:00:00 GMT">').publishedTime).toBe(
      '2024-05-14T06:00:00.000Z',
    );
    expect(read('<meta property="article:published_time" content="yesterday">').publishedTime).toBeNull();
  });

  it("takes dir from <body> when it overrides <html>'s", () => {
    const doc = parseHtml('<!DOCTYPE html><html dir="ltr"><head></head><body dir="rtl"><p>نص</p></body></html>', URL);
    expect(readMetadata(doc, URL).dir).toBe('rtl');
    doc.defaultView?.close();
  });

  it('takes lang and dir from <html>, else infers them', () => {
    expect(read('', '', 'lang="ar" dir="rtl"')).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(read('<meta property="og:locale" content="he_IL">')).toMatchObject({ lang: 'he-IL', dir: 'rtl' });
    expect(read('', '', 'lang="en-GB"')).toMatchObject({ lang: 'en-GB', dir: null });
  });

  it('resolves the canonical link, else og:url, else the page URL', () => {
    expect(read('<link rel="canonical" href="/2024/05/story">').canonicalUrl).toBe(
      'https://news.example/2024/05/story',
    );
    expect(read('<meta property="og:url" content="https://news.example/s">').canonicalUrl).toBe(
      'https://news.example/s',
    );
    expect(read('<link rel="canonical" href="javascript:alert(1)">').canonicalUrl).toBe(URL);
  });

  it('resolves against <base href>', () => {
    const metadata = read(
      '<base href="https://cdn.news.example/assets/"><meta property="og:image" content="lead.jpg">',
    );
    expect(metadata.baseUrl).toBe('https://cdn.news.example/assets/');
    expect(metadata.image).toBe('https://cdn.news.example/assets/lead.jpg');
  });

  it('says null for what the page does not say', () => {
    expect(read('<title>Just a title</title>')).toMatchObject({
      titleCandidates: [],
      documentTitle: 'Just a title',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: null,
      dir: null,
      excerpt: null,
      image: null,
      canonicalUrl: URL,
      discussion: false,
    });
  });

  it('knows a page that declares itself a forum thread or a question with answers', () => {
    expect(read(jsonLd({ '@type': 'DiscussionForumPosting', headline: 'Starter smells' })).discussion).toBe(true);
    expect(
      read('', '<main itemscope itemtype="https://schema.org/QAPage"><h1>Starter smells?</h1></main>').discussion,
    ).toBe(true);
    expect(read(jsonLd({ '@type': 'NewsArticle', headline: 'Council votes' })).discussion).toBe(false);
  });

  it("takes the headline an article shows from its one h1, without the heading's link to itself", () => {
    const article = jsonLd({ '@type': 'BlogPosting', headline: 'Ferry fares rise in May' });
    const og = '<meta property="og:type" content="article">';
    expect(read(article, '<h1>Ferry fares <em>rise</em> again<a href="#top">¶</a></h1>').headline).toBe(
      'Ferry fares rise again',
    );
    expect(read(og, '<h1></h1><h1>Ferry fares rise again</h1>').headline).toBe('Ferry fares rise again');
    expect(read(og, '<h1>Timetables in C#</h1>').headline).toBe('Timetables in C#');
    // Several headlines, none, or a page that is not an article or is a discussion: none is the one.
    expect(read(og, '<h1>Ferry fares</h1><h1>Tide tables</h1>').headline).toBeNull();
    expect(read(og, '<h2>Ferry fares rise again</h2>').headline).toBeNull();
    expect(read('<title>Ferries</title>', '<h1>Ferry fares rise again</h1>').headline).toBeNull();
    const thread = jsonLd({ '@type': 'DiscussionForumPosting', headline: 'Fares' });
    expect(read(`${og}${thread}`, '<h1>Thread: Fares</h1>').headline).toBeNull();
  });
});
