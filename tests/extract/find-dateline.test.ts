import { describe, expect, it } from 'vitest';
import { elementsIn } from '@/utils/extract/elements-in';
import { findDateline } from '@/utils/extract/find-dateline';
import { useParsedDocuments } from '../support/parsed-documents';

const parse = useParsedDocuments();
const NOW = new Date('2026-03-20T12:00:00Z');

/** The dateline's date and the outer HTML of its element, or null. */
function datelineOf(body: string): [string, string] | null {
  const doc = parse(`<!DOCTYPE html><body>${body}</body>`, 'https://news.example/');
  const found = findDateline(elementsIn(doc.body), null, NOW);
  return found && [found.date, found.element.outerHTML];
}

const story = '<p>The ferry will run twice a day from June, the council said on Tuesday night.</p>';

describe('findDateline', () => {
  it.each<[string, string, [string, string] | null]>([
    [
      'an "Updated" stamp under the headline',
      `<h1>Ferry fares rise</h1><div class="meta"><span>UPDATED: May 6, 2024 at 11:02 a.m.</span></div>${story}`,
      ['2024-05-06', '<span>UPDATED: May 6, 2024 at 11:02 a.m.</span>'],
    ],
    [
      "a <time>'s datetime",
      `<h1>Ferry fares rise</h1><p><time datetime="2024-05-06T09:00:00+02:00">Monday</time> 6 May 2024</p>${story}`,
      ['2024-05-06', '<p><time datetime="2024-05-06T09:00:00+02:00">Monday</time> 6 May 2024</p>'],
    ],
    [
      'a date above the headline',
      `<div class="eyebrow">Published 12.03.2026</div><h1>Ferry fares rise</h1>${story}`,
      ['2026-03-12', '<div class="eyebrow">Published 12.03.2026</div>'],
    ],
    [
      'a Japanese stamp without a year',
      `<h1>フェリー運賃値上げ</h1><p class="stamp">最終更新 3/15 13:24</p>${story}`,
      ['2026-03-15', '<p class="stamp">最終更新 3/15 13:24</p>'],
    ],
    ['not a date in the headline', `<h1>Ferry fares from May 6, 2024</h1>${story}`, null],
    ['not a date in a menu', `<nav><a>March 3, 2026 archive</a></nav><h1>Ferry fares rise</h1>${story}`, null],
    [
      'not a long paragraph',
      `<h1>Ferry fares rise</h1><p>On May 6, 2024 the council met for eleven hours and, well after midnight, voted to rebuild the old terminal.</p>`,
      null,
    ],
    [
      'not a line that leads into a quote',
      `<h1>Ferry fares rise</h1><p>Posted on <a href="https://forum.example/t/9">the harbour forum</a> on 2026-03-02:</p>` +
        `<blockquote>${story}</blockquote>`,
      null,
    ],
    ['no headline', `<p>May 6, 2024</p>${story}`, null],
  ])('%s', (_, body, expected) => {
    expect(datelineOf(body)).toEqual(expected);
  });
});
