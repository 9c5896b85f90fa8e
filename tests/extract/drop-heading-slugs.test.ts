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
