import { describe, expect, it } from 'vitest';
import { isListing } from '@/utils/extract/is-listing';
import { useParsedDocuments } from '../support/parsed-documents';

const SUMMARY =
  'A summary long enough to read as a sentence of prose, of the kind a section front shows under each headline.';
const PROSE =
  'A paragraph of the article itself, long enough to count as prose and written in the same block as the next one.';

const parse = useParsedDocuments();

function listing(body: string): boolean {
  const doc = parse(`<!DOCTYPE html><body>${body}</body>`, 'https://news.example/');
  return isListing(doc);
}

const teaser = (i: number) =>
  `<article><h2><a href="/story-${i}">Headline of story number ${i}</a></h2><p>${SUMMARY}</p></article>`;
const teasers = (n: number) => Array.from({ length: n }, (_, i) => teaser(i)).join('');

describe('isListing', () => {
  it.each([
    ['four linked headlines with summaries', teasers(4), true],
    [
      'search results in a list',
      `<ol>${Array.from({ length: 5 }, (_, i) => `<li><h3><a href="/r${i}">Result title number ${i}</a></h3><p>${SUMMARY}</p></li>`).join('')}</ol>`,
      true,
    ],
    ['three are a few related links, not a listing', teasers(3), false],
    ['an article with a related-stories block', `<div><p>${PROSE}</p><p>${PROSE}</p></div>${teasers(5)}`, false],
    [
      'a listicle: linked item headings inside one article body',
      `<div>${Array.from({ length: 6 }, (_, i) => `<h3><a href="/film-${i}">${i + 1}) Film title here</a></h3><p>${PROSE}</p>`).join('')}</div>`,
      false,
    ],
    [
      "a forum thread: post titles link to the post's own anchor",
      Array.from(
        { length: 5 },
        (_, i) => `<div class="post"><h3><a href="#p${i}">Re: capstan motor hums</a></h3><p>${PROSE}</p></div>`,
      ).join(''),
      false,
    ],
    [
      "a forum thread: each post's heading links its permalink under a number and a date",
      Array.from(
        { length: 5 },
        (_, i) =>
          `<div class="post"><h2><span>#${i + 1}</span> <a href="/viewtopic?pid=${i}#p${i}">2024-08-24 10:2${i}:46</a></h2><p>${PROSE}</p></div>`,
      ).join(''),
      false,
    ],
    [
      'a forum thread whose posts are text between line breaks, beside a box of trending topics',
      `<div class="post">${PROSE}<br><br>${PROSE}</div><div class="post">${PROSE}<br>${PROSE}</div>${teasers(5)}`,
      false,
    ],
    [
      'a forum thread whose one long post unfurls a link to an article under a heading of its own',
      `<article><div class="message">${`${PROSE}<br><br>`.repeat(20)}<blockquote><h3><a href="https://news.example/euv">How close is the project to its goal</a></h3>${SUMMARY}</blockquote></div></article>${Array.from({ length: 4 }, (_, i) => `<li><h3><a href="/latest?skip=${i}">Latest posts in forum ${i}</a></h3></li>`).join('')}`,
      false,
    ],
    [
      "a forum thread: each post's heading repeats the thread's title and links the post's own page",
      Array.from(
        { length: 5 },
        (_, i) =>
          `<div class="post"><h3><a href="/viewtopic.php?p=${i}">${i ? 'Re: ' : ''}Capstan motor hums at startup</a></h3><div class="content">${PROSE}<br>${SUMMARY}</div></div>`,
      ).join(''),
      false,
    ],
    [
      'search results whose summaries are text between line breaks',
      Array.from(
        { length: 5 },
        (_, i) =>
          `<div class="result"><h3><a href="/r${i}">Result title number ${i}</a></h3>${SUMMARY}<br>${SUMMARY}</div>`,
      ).join(''),
      true,
    ],
  ])('%s', (_, body, expected) => {
    expect(listing(body)).toBe(expected);
  });
});
