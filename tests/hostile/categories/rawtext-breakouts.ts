import { PWN, type HostileCategory } from '../hostile-input';

const IMG = `<img src=x onerror=${PWN}>`;

/** Elements whose content is raw text (or a comment): a fake end inside an attribute must stay text. */
export const rawtextBreakouts: HostileCategory = {
  slug: 'rawtext-breakouts',
  inputs: [
    { name: 'noscript', body: `<noscript><img title="</noscript>${IMG}"></noscript>` },
    { name: 'textarea', body: `<textarea><img title="</textarea>${IMG}"></textarea>` },
    { name: 'xmp', body: `<xmp><img title="</xmp>${IMG}"></xmp>` },
    { name: 'title in the body', body: `<title><img title="</title>${IMG}"></title>` },
    { name: 'noembed', body: `<noembed><img title="</noembed>${IMG}"></noembed>` },
    { name: 'noframes', body: `<noframes><img title="</noframes>${IMG}"></noframes>` },
    { name: 'iframe text', body: `<iframe><img title="</iframe>${IMG}"></iframe>` },
    { name: 'style', body: `<style><img title="</style>${IMG}"></style>` },
    { name: 'script text', body: `<script><!--<script></script>${IMG}--></script>` },
    { name: 'comment', body: `<!-- -->${IMG} -->` },
    { name: 'abrupt comment', body: `<!--><img src=x onerror=${PWN}>-->` },
    { name: 'comment with a bang', body: `<!--!>${IMG}-->` },
    { name: 'comment around an attribute', body: `<!-- <img title="-->${IMG}"> -->` },
    { name: 'CDATA in HTML', body: `<![CDATA[>${IMG}]]>` },
    { name: 'processing instruction', body: `<?xml version="1.0"?>${IMG}` },
    {
      name: 'escaped markup in text',
      body: `<p>Text &lt;img src=x onerror=${PWN}&gt; and &lt;script&gt;${PWN}&lt;/script&gt;.</p>`,
    },
    { name: 'double-escaped markup in text', body: `<p>Text &amp;lt;img src=x onerror=${PWN}&amp;gt;.</p>` },
    { name: 'escaped markup in an attribute', body: `<p title="&lt;/p&gt;${IMG}">Title holds markup.</p>` },
    { name: 'pre with a fake end', body: `<pre><code>&lt;/pre&gt;${IMG.replace('<', '&lt;')}</code></pre>` },
    { name: 'plaintext swallowing the rest', body: `<plaintext>${IMG}` },
  ],
};
