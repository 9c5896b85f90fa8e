import { PWN, type HostileCategory } from '../hostile-input';

const IMG = `<img src=x onerror=${PWN}>`;
const RLO = '\u202e';
const RLI = '\u2067';
const PDI = '\u2069';

function jsonLd(value: object): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

/** Titles, bylines and site names that hold markup, bidi overrides, or break out of their element. */
export const hostileMetadata: HostileCategory = {
  slug: 'hostile-metadata',
  inputs: [
    { name: 'markup in <title>', head: `<title>${IMG} Headline &lt;b&gt;bold&lt;/b&gt;</title>` },
    { name: 'markup in og:title', head: `<meta property="og:title" content="<script>${PWN}</script>Headline">` },
    { name: 'markup in the author', head: `<meta name="author" content="${IMG.replaceAll('<', '&lt;')}Mallory">` },
    {
      name: 'markup in the site name',
      head: `<meta property="og:site_name" content="&lt;b onclick=${PWN}&gt;Evil Times&lt;/b&gt;">`,
    },
    { name: 'bidi override in the site name', head: `<meta property="og:site_name" content="${RLO}moc.knab-ruoy">` },
    { name: 'bidi override in the title', head: `<title>Invoice ${RLO}fdp.exe</title>` },
    { name: 'bidi isolates in the byline', head: `<meta name="author" content="${RLI}Eve${PDI} and ${RLO}Mallory">` },
    { name: 'bidi override in the description', head: `<meta name="description" content="${RLO}Read me backwards">` },
    {
      name: 'JSON-LD with markup in every field',
      head: jsonLd({
        '@type': 'NewsArticle',
        headline: `<svg onload=${PWN}>Headline`,
        author: { name: `${IMG}Author` },
        publisher: { name: '<b>Publisher</b>' },
        description: `<script>${PWN}</script>`,
      }),
    },
    {
      name: 'JSON-LD with bidi overrides',
      head: jsonLd({
        '@type': 'Article',
        headline: `Title ${RLO}txet`,
        author: [{ name: `${RLO}Eve` }],
        publisher: { name: `${RLI}Pub${PDI}` },
      }),
    },
    {
      name: 'JSON-LD breaking out of its script',
      head: `<script type="application/ld+json">{"@type":"Article","headline":"</script><script>${PWN}</script>"}</script>`,
    },
    {
      name: 'JSON-LD with hostile dates, language and image',
      head: jsonLd({
        '@type': 'Article',
        headline: 'Dates',
        datePublished: `2020-01-01" onmouseover="${PWN}`,
        inLanguage: `en" onclick="${PWN}`,
        image: `javascript:${PWN}`,
      }),
    },
    {
      name: 'hostile lang and dir on <html>',
      head: `<meta http-equiv="content-language" content="en&quot; onclick=&quot;${PWN}">`,
    },
    {
      name: 'hostile image and canonical',
      head: `<meta property="og:image" content="javascript:${PWN}"><link rel="canonical" href="javascript:${PWN}"><meta property="og:url" content="data:text/html,x">`,
    },
    {
      name: 'byline from a rel=author link with markup',
      body: `<p>By <a rel="author" href="/people/eve">${IMG}Eve ${RLO}evE</a></p>`,
    },
    {
      name: 'microdata author with markup',
      body: `<p itemprop="author" itemscope><span itemprop="name">&lt;i&gt;Trent&lt;/i&gt; ${RLO}tnerT</span></p>`,
    },
  ],
};
