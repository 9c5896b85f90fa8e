import { describe, expect, it } from 'vitest';
import { elementsIn } from '@/utils/extract/elements-in';
import { findByline } from '@/utils/extract/find-byline';
import { useParsedDocuments } from '../support/parsed-documents';

const parse = useParsedDocuments();

function bylineOf(body: string): string | null {
  const doc = parse(`<!DOCTYPE html><body>${body}</body>`, 'https://news.example/');
  return findByline(elementsIn(doc.body), null);
}

describe('findByline', () => {
  it.each([
    ['a byline class', '<p class="byline">By Erin Cunningham</p>', 'Erin Cunningham'],
    ['rel=author', '<a rel="author" href="/a/j">Joshua Sokol</a>', 'Joshua Sokol'],
    [
      'the itemprop name inside an author box',
      '<div itemprop="author"><span itemprop="name">Ana Ruiz</span>, Reporter</div>',
      'Ana Ruiz',
    ],
    [
      'skips a dateline for the name after it',
      '<p class="dateline">June 3, 2024 6:01 am</p><p class="author">Ben Silverman</p>',
      'Ben Silverman',
    ],
    [
      'skips a bare label',
      '<a class="follow-author">Follow Author</a><span class="author-name">Tom Becker</span>',
      'Tom Becker',
    ],
    ['nothing named like a byline', '<p>By the harbour, the wind dropped.</p>', null],
    ['a long box is not a byline', `<div class="author-bio">${'Writes about ferries. '.repeat(10)}</div>`, null],
    [
      'skips a link to more posts',
      '<a class="author-link">View more posts</a><span class="author">Tom Becker</span>',
      'Tom Becker',
    ],
    [
      'a "By" line under the headline',
      '<h1>Ferry fares rise</h1><div><span>By Angela Whitcombe June 13, 2025</span></div>',
      'Angela Whitcombe',
    ],
    [
      'several names and a stamp glued on',
      '<h1>Ferry fares rise</h1><div>By Ana Ruiz, Tom Becker, and Li Wei<span>Updated on May 6, 2024</span></div>',
      'Ana Ruiz, Tom Becker, and Li Wei',
    ],
    [
      '"Posted by" before "on"',
      '<h1>Ferry fares rise</h1><p>Posted by Kestrel on Friday May 3, 2024 @08:00PM</p>',
      'Kestrel',
    ],
    [
      'a "By" line before a byline-named box elsewhere',
      '<p class="author">Site Team</p><h1>Ferry fares rise</h1><p>by Dana Whitcombe · 4 min read</p>',
      'Dana Whitcombe',
    ],
    ['not a sentence that starts with "By"', '<h1>Ferry fares rise</h1><p>By Tuesday the fares had doubled.</p>', null],
  ])('%s', (_, body, expected) => {
    expect(bylineOf(body)).toBe(expected);
  });
});
