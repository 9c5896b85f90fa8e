// A page parsed without scripts whose content is all in <noscript> (an app shell's crawler view).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { parseHtml } from '../../scripts/parse-html';

const SAID =
  'Tide tables for the estuary are published a year ahead, but the harbour master revises them each month once the river gauges upstream report how much rain has fallen on the moor. ';

describe('content in <noscript>', () => {
  it('is read when the page shows nothing else', () => {
    const html = `<!DOCTYPE html><html><head><title>Reading tide tables</title></head><body>
      <div id="app"></div><noscript><article><h1>Reading tide tables</h1><p>${SAID.repeat(3)}</p><p>${SAID}</p></article></noscript></body></html>`;
    const doc = parseHtml(html, 'https://harbour.example/tides');
    const outcome = extractArticle(doc, doc.URL);
    doc.defaultView?.close();
    expect(outcome.ok && outcome.article.text).toContain('Tide tables for the estuary');
  });

  it('is left alone when the page shows its article', () => {
    const html = `<!DOCTYPE html><html><head><title>Reading tide tables</title></head><body>
      <article><h1>Reading tide tables</h1><p>${SAID.repeat(4)}</p></article>
      <noscript><div><p>${'Turn on JavaScript to see the live tide chart and the harbour cameras on this page. '.repeat(7)}</p></div></noscript></body></html>`;
    const doc = parseHtml(html, 'https://harbour.example/tides');
    const outcome = extractArticle(doc, doc.URL);
    doc.defaultView?.close();
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.article.text).toContain('Tide tables for the estuary');
    expect(outcome.article.text).not.toContain('Turn on JavaScript');
  });
});
