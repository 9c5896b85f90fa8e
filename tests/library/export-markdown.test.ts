import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeOffsets } from '@/utils/highlights/describe-range';
import type { Highlight } from '@/utils/highlights/types';
import { articleMarkdown, libraryMarkdown } from '@/utils/library/export-markdown';
import { savedArticleFrom, type SavedArticle } from '@/utils/library/records';
import { sampleArticle } from '../support/library';

const GOLDEN = new URL('golden/article.md', import.meta.url);

const TEXT = [
  'The two leaders had a phone conversation on Friday.',
  'They spoke about the city and its parties: left-wing, right-wing & centre.',
  'A third paragraph ends the story.',
].join('\n');

const HTML = [
  '<p>The two leaders had a phone conversation on <em>Friday</em>.</p>',
  '<h2>The city</h2>',
  '<p>They spoke about <a href="https://news.example/city">the city</a> and its parties: left-wing, right-wing &amp; centre.</p>',
  '<ul><li>First point</li><li>Second <strong>point</strong></li></ul>',
  '<figure><img src="https://news.example/map.png" alt="A map of the city"><figcaption>The city in 2016.</figcaption></figure>',
  '<pre><code>const city = "Aleppo";\nconsole.log(city);</code></pre>',
  '<p>A third paragraph ends the story.</p>',
].join('');

// Saved at noon UTC, so the date is the same in every time zone the tests may run in.
const SAVED_AT = Date.UTC(2024, 2, 1, 12);
const article: SavedArticle = {
  ...savedArticleFrom(
    'https://news.example/2016/aleppo',
    1,
    {
      ...sampleArticle,
      url: 'https://news.example/2016/aleppo?utm_source=newsletter#top',
      title: 'Assad Thanks Putin for "Help" #1',
      wordCount: 40,
    },
    SAVED_AT,
  ),
  highlightCount: 3,
};

function highlight(id: string, from: string, to: string, note = ''): Highlight {
  const start = TEXT.indexOf(from);
  const end = TEXT.indexOf(to) + to.length;
  return {
    id,
    articleId: article.id,
    selectors: describeOffsets(TEXT, start, end)!,
    color: 'yellow',
    note,
    createdAt: 1,
    updatedAt: 1,
  };
}

// Listed out of reading order: the export puts them in order.
const HIGHLIGHTS = [
  highlight('h3', 'left-wing', '& centre'),
  highlight('h1', 'phone conversation', 'the city and its parties'),
  highlight(
    'h2',
    'A third',
    'story.',
    'Check *this* and [that](x), not_a_word.\n# Not a heading\n\n2. Not a list <b>either</b> &amp; so on',
  ),
];

describe('articleMarkdown', () => {
  it('writes the golden file: header, highlights in reading order with notes and links, then the text', () => {
    const markdown = articleMarkdown(article, HIGHLIGHTS, { body: HTML, locale: 'en-GB' });
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('marks every line of a quote over several paragraphs', () => {
    const markdown = articleMarkdown(article, [HIGHLIGHTS[1]!], { locale: 'en-GB' });
    expect(markdown).toContain('> phone conversation on Friday.\n>\n> They spoke about the city and its parties [↗](');
  });

  it('leaves out the highlights section when there are none, and the text when no body is given', () => {
    const markdown = articleMarkdown({ ...article, byline: null, siteName: null, publishedTime: null }, [], {
      locale: 'en-GB',
    });
    expect(markdown).toBe(
      '# Assad Thanks Putin for "Help" \\#1\n\n[news.example](https://news.example/2016/aleppo) · Saved 1 March 2024\n',
    );
  });

  it('escapes a title, site and author so they show as written', () => {
    const markdown = articleMarkdown(
      { ...article, title: '- [Draft] *new*\nrules', siteName: 'A_B', byline: '> Me' },
      [],
    );
    expect(markdown.split('\n')[0]).toBe('# \\- \\[Draft\\] \\*new\\* rules');
    expect(markdown).toContain('[A\\_B](https://news.example/2016/aleppo) · \\> Me · ');
  });

  it('links to the page it came from when the id is not a web address', () => {
    const markdown = articleMarkdown({ ...article, id: 'imported-1', url: 'https://a.example/p_(1)' }, [
      HIGHLIGHTS[0]!,
    ]);
    expect(markdown).toContain('](https://a.example/p_\\(1\\))');
    expect(markdown).toContain('(https://a.example/p_\\(1\\)#:~:text=left%2Dwing%2C%20right%2Dwing%20%26%20centre "');
  });
});

describe('libraryMarkdown', () => {
  it('lists each article with its highlights, separated by rules, without the text, leaving deleted ones out', () => {
    const other = { ...article, id: 'https://b.example/x', title: 'Other', doc: 2 };
    const deleted = { ...article, id: 'https://c.example/y', title: 'Deleted', doc: 3, deletedAt: 5 };
    const markdown = libraryMarkdown(
      [
        { article, highlights: HIGHLIGHTS },
        { article: other, highlights: [] },
        { article: deleted, highlights: [] },
      ],
      { locale: 'en-GB' },
    );
    const [first, second, ...rest] = markdown.split('\n\n---\n\n');
    expect(rest).toEqual([]);
    expect(`${first}\n`).toBe(articleMarkdown(article, HIGHLIGHTS, { locale: 'en-GB' }));
    expect(second).toMatch(
      /^# Other\n\n\[Christian Times\]\(https:\/\/b\.example\/x\) · Jane Doe · 24 December 2016 · Saved 1 March 2024\n$/,
    );
    expect(markdown).not.toContain('First point');
  });
});
