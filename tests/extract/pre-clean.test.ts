// What page furniture is, judged on the page before Readability: wrappers named for the layout
// around them are not furniture, and an article set as text in <div>s is as protected as one in <p>s.
import { describe, expect, it } from 'vitest';
import { preClean } from '@/utils/extract/pre-clean';
import { parseHtml } from '../../scripts/parse-html';

const LINE =
  'The ferry company confirmed on Monday that the winter timetable keeps the late crossing, after a petition signed by more than two thousand islanders. ';

function cleaned(body: string): string {
  const doc = parseHtml(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://news.example/ferry');
  preClean(doc, null, null);
  const text = doc.body.textContent ?? '';
  doc.defaultView?.close();
  return text;
}

describe('preClean', () => {
  it.each(['no-sidebars', 'has-rail-right', 'flex-nav-expanded', 'sidebar-open', 'with-ads'])(
    'keeps a wrapper whose class names a layout state (%s)',
    (name) => {
      expect(cleaned(`<div class="page ${name}"><div>${LINE}</div></div>`)).toContain('The ferry company confirmed');
    },
  );

  it("keeps the text components of Adobe Experience Manager's pages (cmp-text, cmp-container)", () => {
    const text = cleaned(
      `<div class="cmp-container"><div class="text"><div class="cmp-text"><p>${LINE}</p></div></div></div>`,
    );
    expect(text).toContain('The ferry company confirmed');
  });

  it('still removes a consent banner', () => {
    const banner = '<div id="consent-ui" class="cmp-banner"><p>We use cookies to improve your visit.</p></div>';
    expect(cleaned(`${banner}<p>${LINE}</p>`)).not.toContain('We use cookies');
  });

  it("keeps the advanced headings of Kadence Blocks' pages (kt-adv-heading), and their paragraphs", () => {
    const text = cleaned(
      `<h2 class="kt-adv-heading12_3fb3-c9 wp-block-kadence-advancedheading">Ferries</h2><p class="kt-adv-heading12_9c8a-2d wp-block-kadence-advancedheading">${LINE}</p>`,
    );
    expect(text).toContain('The ferry company confirmed');
  });

  it('still removes a block named for advertising (adv)', () => {
    expect(cleaned(`<div class="box-adv"><p>Sponsored: summer ferry deals</p></div><p>${LINE}</p>`)).not.toContain(
      'summer ferry deals',
    );
  });

  it('still removes a sidebar', () => {
    expect(cleaned(`<div class="sidebar"><div>Most read this week</div></div><p>${LINE}</p>`)).not.toContain(
      'Most read',
    );
  });

  it('keeps a block named like furniture that holds an article set in <div>s with <br>s', () => {
    const article = `<div class="body">${`${LINE}<br><br>`.repeat(5)}</div>`;
    expect(cleaned(`<div class="main-wrap rail">${article}</div>`)).toContain('The ferry company confirmed');
  });

  it("removes a control's label: the reader shows no controls", () => {
    const menu = '<input type="checkbox" id="langs"><label for="langs"><span>4 languages</span></label>';
    expect(cleaned(`<main><header><h1>Marsh harrier</h1>${menu}</header><p>${LINE}</p></main>`)).not.toContain(
      '4 languages',
    );
  });
});

describe('preClean of sections named like comments', () => {
  it('removes the comments under an article', () => {
    const text = cleaned(`<article><p>${LINE}</p></article>
      <div id="comments"><p>${'I took the late crossing every winter when I worked on the mainland and it was always full. '.repeat(2)}</p></div>`);
    expect(text).toContain('The ferry company confirmed');
    expect(text).not.toContain('I took the late crossing');
  });

  it('keeps them when they hold all the prose of the page, and still cleans inside them', () => {
    const text = cleaned(`<nav><a href="/">Forums</a></nav><div id="comments" class="topic">
      <div class="post"><p>${LINE}</p><div class="share-buttons">Share this post</div></div></div>`);
    expect(text).toContain('The ferry company confirmed');
    expect(text).not.toContain('Share this post');
  });

  it('still removes a comments section headed by its own name', () => {
    const text = cleaned(`<article><p>${LINE}</p></article><section id="responses"><h2>Responses</h2>
      <p>${'I took the late crossing every winter when I worked on the mainland and it was always full. '.repeat(2)}</p></section>`);
    expect(text).toContain('The ferry company confirmed');
    expect(text).not.toContain('I took the late crossing');
  });

  it('keeps an article wrapped in a block named for commenting on it', () => {
    const text = cleaned(`<div class="comment-on-selection"><p>${LINE.repeat(3)}</p></div>
      <div class="comments-section"><p>Two comments</p></div>`);
    expect(text).toContain('The ferry company confirmed');
  });
});
