import { describe, expect, it } from 'vitest';
import { elementsIn } from '@/utils/extract/elements-in';
import { findByline } from '@/utils/extract/find-byline';
import { useParsedDocuments } from '../support/parsed-documents';

const parse = useParsedDocuments();

function bylineOf(body: string): string | null {
  const doc = parse(`<!DOCTYPE html><body>${body}</body>`, 'https://news.example/');
  return findByline(elementsIn(doc.body));
}

describe('findByline', () => {
  it.each([
    ['a byline class', '<p class="byline">By Erin Cunningham</p>', 'Erin Cunningham'],
    ['rel=author', '<a rel="author" href="/a/j">Joshua Sokol</a>', 'Joshua Sokol'],
    ['the itemprop name inside an author box', '<div itemprop="author"><span itemprop="name">Ana Ruiz</span>, Reporter</div>', 'Ana Ruiz'],
    ['skips a dateline for the name after it', '<p class="dateline">June 3, 2024 6:01 am</p><p class="author">Ben Silverman</p>', 'Ben Silverman'],
    ['skips a bare label', '<a class="follow-author">Follow Author</a><span class="author-name">Tom Becker</span>', 'Tom Becker'],
    ['nothing named like a byline', '<p>By the harbour, the wind dropped.</p>', null],
    ['a long box is not a byline', `<div class="author-bio">${'Writes about ferries. '.repeat(10)}</div>`, null],
  ])('%s', (_, body, expected) => {
    expect(bylineOf(body)).toBe(expected);
  });
});
