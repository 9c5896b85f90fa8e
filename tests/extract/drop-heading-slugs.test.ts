// A section whose heading is named after its own words ("why-social-media-matters") keeps its
// heading: Readability would take "social" or "media" in the name for page furniture.
import { expect, it } from 'vitest';
import { dropHeadingSlugs } from '@/utils/extract/drop-heading-slugs';
import { extractArticle } from '@/utils/extract/extract-article';
import { parseHtml } from '../../scripts/parse-html';

const URL = 'https://guides.example/marketing/social-media-for-bakeries';

const PARAGRAPH =
  'A bakery that posts its morning bake before seven sells out sooner, because regulars plan their walk past the shop around what they saw on their phones over breakfast. ';

it('shows section headings whose ids and classes spell their own words or say they are headings', () => {
  const html = `<!DOCTYPE html><html><head><title>Social media for bakeries</title></head><body><article>
    <h1>Social media for bakeries</h1><p>${PARAGRAPH.repeat(3)}</p>
    <h2 id="why-social-media-matters">Why social media matters</h2><p>${PARAGRAPH.repeat(3)}</p>
    <h2 class="wp-block-heading h-sponsored-posts-and-their-menu">Sponsored posts and their menu</h2><p>${PARAGRAPH.repeat(3)}</p>
    <h2 class="header-anchor-post">Where the flour comes from</h2><p>${PARAGRAPH.repeat(3)}</p>
  </article></body></html>`;
  const doc = parseHtml(html, URL);
  const outcome = extractArticle(doc, URL);
  doc.defaultView?.close();
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.article.html).toContain('<h2>Why social media matters</h2>');
  expect(outcome.article.html).toContain('<h2>Sponsored posts and their menu</h2>');
  expect(outcome.article.html).toContain('<h2>Where the flour comes from</h2>');
});

it('keeps names that say which part of the page a heading belongs to', () => {
  const doc = parseHtml(
    '<!DOCTYPE html><body><h2 id="related" class="widget-title sidebar-header">Related bakeries near you</h2><h3 class="faq-heading">Questions about delivery</h3></body>',
    URL,
  );
  dropHeadingSlugs([...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')]);
  expect(doc.body.innerHTML).toBe(
    '<h2 id="related" class="widget-title sidebar-header">Related bakeries near you</h2><h3 class="faq-heading">Questions about delivery</h3>',
  );
  doc.defaultView?.close();
});

/** A section as documentation tools write it: its id is its heading's anchor. */
function section(id: string, heading: string, said: string): string {
  return `<section id="${id}"><span id="id5"></span><h2>${heading}</h2><p>${said.repeat(6)}</p></section>`;
}

it('keeps the sections of a guide whose ids spell their headings, whatever words those have', () => {
  // Documentation tools give each section its heading's anchor as id: left in place, "replies" and
  // "comments" would have Readability delete the section as a comments box, "responses" our clean-up.
  const html = `<!DOCTYPE html><html><head><title>Selling bread at the market</title></head><body><main>
    <h1>Selling bread at the market</h1>
    ${section('getting-started', 'Getting started', 'Book a pitch a season ahead, because the council lets the covered stalls first to traders who came the year before. ')}
    ${section('choosing-flour', 'Choosing flour', 'A stone-ground wholemeal from a nearby mill costs more by the sack, but customers ask where it comes from and pay for the answer. ')}
    ${section('pricing-loaves', 'Pricing loaves', 'Round prices keep the queue moving: a loaf at four pounds needs no change from a note, and nobody waits while coins are counted. ')}
    ${section('answer-customer-comments', 'Answer customer comments', 'Thank every customer who tells you what they thought of a loaf, and bake the change they asked for into the next batch you bring. ')}
    ${section('use-short-replies-in-messages', 'Use short replies in messages', 'Orders placed by message get a one-line answer the same day, with the price and the morning the bread will be ready. ')}
    ${section('about-responses', 'About Responses', 'A stall that answers questions about flour and ovens sells more than one that only takes money, regulars say. ')}
  </main></body></html>`;
  const doc = parseHtml(html, URL);
  const outcome = extractArticle(doc, URL);
  doc.defaultView?.close();
  if (!outcome.ok) throw new Error(outcome.message);
  for (const said of [
    'Book a pitch a season ahead',
    'A stone-ground wholemeal',
    'Round prices keep the queue moving',
    'Thank every customer',
    'Orders placed by message',
    'A stall that answers',
  ]) {
    expect(outcome.article.text).toContain(said);
  }
});

it('leaves the id of a section that is more than its heading says', () => {
  const doc = parseHtml(
    '<!DOCTYPE html><body><section id="comments"><h2>Comments</h2></section><div id="related-bakeries-sidebar"><h3>Related bakeries</h3></div></body>',
    URL,
  );
  dropHeadingSlugs([...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')]);
  expect([...doc.querySelectorAll('[id]')].map((el) => el.id)).toEqual(['comments', 'related-bakeries-sidebar']);
  doc.defaultView?.close();
});
