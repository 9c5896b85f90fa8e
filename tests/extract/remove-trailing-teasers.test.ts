// A list of other stories at the end of an article (headline, date and a line of summary each)
// leaves the reader with its label; a listicle's linked items, a short note's links and teasers
// followed by more of the article stay.
import { describe, expect, it } from 'vitest';
import { removeTrailingTeasers } from '@/utils/extract/remove-trailing-teasers';
import { parseHtml } from '../../scripts/parse-html';

const ARTICLE = [
  'The ferry between the two islands runs again from Monday, after a winter in which the old hull was stripped and plated anew in the mainland yard.',
  'Crews worked through storms to finish the welding before the spring timetable, and the harbour master signed off the sea trials on Thursday evening.',
  'Fares stay as they were last year, and the first sailing leaves at seven, with bicycles carried free until the end of the summer season.',
  'Islanders who relied on the small passenger launch all winter say the return of the car deck will make the weekly trip to the market easy again.',
]
  .map((text) => `<p>${text}</p>`)
  .join('');

function teaser(n: number, summary = 'A short line about what happened at the quay this week.'): string {
  return `<div class="card"><h3><a href="/news/story-${n}">Another harbour story number ${n}</a></h3><time>Mar ${n}, 2026</time><p>${summary}</p></div>`;
}

function content(html: string): Element {
  const doc = parseHtml(`<html><body><div id="content">${html}</div></body></html>`, 'https://news.example/ferry');
  return doc.getElementById('content')!;
}

describe('removeTrailingTeasers', () => {
  it('removes three or more teasers that end the article, with their label', () => {
    const root = content(`${ARTICLE}<h2>More from the harbour</h2>${[1, 2, 3, 4].map((n) => teaser(n)).join('')}`);
    removeTrailingTeasers(root);
    expect(root.textContent).toContain('bicycles carried free');
    expect(root.textContent).not.toContain('Another harbour story');
    expect(root.textContent).not.toContain('Mar 2, 2026');
    expect(root.textContent).not.toContain('More from the harbour');
    expect(root.querySelectorAll('p')).toHaveLength(4);
  });

  it('keeps two linked stories: links an article makes', () => {
    const root = content(`${ARTICLE}${[1, 2].map((n) => teaser(n)).join('')}`);
    removeTrailingTeasers(root);
    expect(root.textContent).toContain('Another harbour story number 2');
  });

  it('keeps teasers that more of the article follows', () => {
    const root = content(`${[1, 2, 3].map((n) => teaser(n)).join('')}${ARTICLE}`);
    removeTrailingTeasers(root);
    expect(root.textContent).toContain('Another harbour story number 3');
  });

  it("keeps a listicle's items, each of which says more than a teaser", () => {
    const long = `${ARTICLE.replace(/<\/?p>/g, ' ')}`;
    const root = content(`${ARTICLE}${[1, 2, 3].map((n) => teaser(n, long)).join('')}`);
    removeTrailingTeasers(root);
    expect(root.textContent).toContain('Another harbour story number 1');
  });

  it('keeps the teasers of a page that is little else', () => {
    const root = content(`<p>Latest news from the quay.</p>${[1, 2, 3, 4].map((n) => teaser(n)).join('')}`);
    removeTrailingTeasers(root);
    expect(root.textContent).toContain('Another harbour story number 4');
  });
});
