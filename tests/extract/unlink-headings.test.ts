// Headings that link to themselves show as headings, not as big blue links, and lose their "¶".
import { expect, it } from 'vitest';
import { unlinkHeadings } from '@/utils/extract/unlink-headings';
import { parseHtml } from '../../scripts/parse-html';

function unlinked(body: string): string {
  const doc = parseHtml(`<!DOCTYPE html><body>${body}</body>`, 'https://docs.example/guide');
  unlinkHeadings([...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')]);
  const html = doc.body.innerHTML;
  doc.defaultView?.close();
  return html;
}

it('removes a heading\'s "¶" permalink and unlinks a heading linked to itself', () => {
  expect(unlinked('<h2 id="install">Installation<a class="headerlink" href="#install">¶</a></h2>')).toBe(
    '<h2 id="install">Installation</h2>',
  );
  expect(unlinked('<h3 id="use"><a href="#use">Using the <code>run</code> command</a></h3>')).toBe(
    '<h3 id="use">Using the <code>run</code> command</h3>',
  );
});

it('keeps links from headings to other pages, and links outside headings', () => {
  const html = '<h2><a href="/next">Next chapter</a></h2><p><a href="#install">¶</a></p>';
  expect(unlinked(html)).toBe(html);
});
