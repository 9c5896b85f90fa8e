// Pages that show their article only once their scripts have run, parsed with scripting off (a saved
// page, the command line): the article is still found.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { parseHtml } from '../../scripts/parse-html';

const SAID =
  'The orchard society grafted forty old apple varieties onto new rootstock this spring, so that trees nobody has planted for a century can be had again from the nursery. ';

function extracted(body: string): string {
  const html = `<!DOCTYPE html><html><head><title>Grafting old apples</title></head><body>${body}</body></html>`;
  const doc = parseHtml(html, 'https://orchard.example/grafting');
  const outcome = extractArticle(doc, doc.URL);
  doc.defaultView?.close();
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.article.text;
}

describe('content a script shows', () => {
  it('is read from a page hidden whole until its scripts run', () => {
    const text = extracted(`<div style="visibility:hidden;min-height:100vh"><nav><a href="/">Home</a></nav>
      <article><h1>Grafting old apples</h1><p>${SAID.repeat(3)}</p><p>${SAID}</p></article></div>`);
    expect(text).toContain('The orchard society grafted');
  });

  it('is placed from streamed segments over their loading fallback, in order', () => {
    const text = extracted(`<main><h1>Grafting old apples</h1>
      <!--$?--><template id="B:0"></template><p>Loading the story…</p><!--/$-->
      <p>Written by the orchard society.</p></main>
      <div hidden id="S:0"><p>${SAID.repeat(3)}</p><template id="P:1"></template></div>
      <script>$RC("B:0","S:0")</script>
      <div hidden id="S:1"><p>Members may collect scions in March.</p></div>
      <script>$RS("S:1","P:1")</script>`);
    expect(text).toContain('The orchard society grafted');
    expect(text).not.toContain('Loading the story');
    expect(text.indexOf('grafted')).toBeLessThan(text.indexOf('Members may collect scions'));
    expect(text.indexOf('Members may collect scions')).toBeLessThan(text.indexOf('Written by the orchard society'));
  });

  it('is placed from streamed segments by their numbers when the page has lost its scripts', () => {
    // Saved without scripts or comments (or with scripts blocked): only the ids pair segment and marker.
    const text = extracted(`<main><h1>Grafting old apples</h1>
      <template id="B:0"></template><p>Loading story...</p>
      <p>Written by the orchard society.</p></main>
      <div hidden id="S:1"><p>Members may collect scions in March.</p></div>
      <div hidden id="S:0"><p>${SAID.repeat(3)}</p><template id="P:1"></template></div>`);
    expect(text).toContain('The orchard society grafted');
    expect(text).not.toContain('Loading story');
    expect(text.indexOf('grafted')).toBeLessThan(text.indexOf('Members may collect scions'));
    expect(text.indexOf('Members may collect scions')).toBeLessThan(text.indexOf('Written by the orchard society'));
  });

  it('leaves a hidden block alone when it is not around the article', () => {
    const text = extracted(`<article><h1>Grafting old apples</h1><p>${SAID.repeat(4)}</p></article>
      <div hidden><p>${'Sign in to see your saved varieties and your orders from the nursery. '.repeat(3)}</p></div>`);
    expect(text).not.toContain('Sign in to see');
  });
});
