import { describe, expect, it } from 'vitest';
import { findBlock } from '@/utils/site-rules/find-block';
import { contentTarget } from '@/utils/site-rules/content-target';
import { removalTarget } from '@/utils/site-rules/stable-selector';
import { useParsedDocuments } from '../support/parsed-documents';
import { harbourPage, TIDES } from './harbour-post';

const parse = useParsedDocuments();
const open = (slug: 'ferry-returns' | 'bridge-repairs') => {
  const { html, url } = harbourPage(slug);
  return parse(html, url);
};

/** The paragraph of `doc` that starts with `start`. */
const paragraph = (doc: Document, start: string) =>
  [...doc.querySelectorAll('p')].find((p) => p.textContent!.trim().startsWith(start))!;

describe('a removal made by clicking a block of the page', () => {
  it('names the box the block is in by its stable class, not its generated class, id or position', () => {
    const doc = open('ferry-returns');
    expect(removalTarget(paragraph(doc, TIDES))).toEqual({
      selector: 'div.tide-times',
      kind: 'box',
      sample: 'Tides at Quay Street this week: high water 06:12 and 18:40, ',
    });
  });

  it('holds on the second article of the template, where the box sits elsewhere and has another id', () => {
    const first = open('ferry-returns');
    const second = open('bridge-repairs');
    const { selector } = removalTarget(paragraph(first, TIDES))!;
    const box = paragraph(second, TIDES).parentElement!;
    expect([...second.querySelectorAll(selector)]).toEqual([box]);
    expect(box.id).not.toBe(paragraph(first, TIDES).parentElement!.id);
  });

  it('refuses a plain paragraph of the article: only its position tells it from the others', () => {
    const doc = open('ferry-returns');
    expect(removalTarget(paragraph(doc, 'Islanders who work late'))).toBeNull();
  });

  it('refuses the article itself, which holds more than half of the page', () => {
    const doc = open('ferry-returns');
    expect(removalTarget(doc.querySelector('div.story__body')!)).toBeNull();
  });
});

describe('finding the page element of a block the reader shows', () => {
  it('finds the innermost element with the block’s text, spaces aside', () => {
    const doc = open('ferry-returns');
    const found = findBlock(doc, `  ${paragraph(doc, TIDES).textContent!.replace(/ /g, '\n ')} `, null);
    expect(found).toBe(paragraph(doc, TIDES));
  });

  it('finds nothing for text the page does not have', () => {
    expect(findBlock(open('ferry-returns'), 'A paragraph from another page', null)).toBeNull();
  });
});

describe('the part a person points at as the article', () => {
  it('is the story’s body, named by its class, wherever in it they point', () => {
    const doc = open('ferry-returns');
    const found = contentTarget(paragraph(doc, 'Tickets will cost the same'));
    expect(found?.element).toBe(doc.querySelector('div.story__body'));
    expect(found?.rule).toMatchObject({ selector: 'div.story__body', kind: 'box' });
  });

  it('names the same part on the second article of the template', () => {
    const { rule } = contentTarget(paragraph(open('ferry-returns'), 'Tickets will cost the same'))!;
    const second = open('bridge-repairs');
    expect(second.querySelector(rule.selector)!.textContent).toContain('Engineers expect the new gear');
  });

  it('is nothing for a part with too little text to be an article', () => {
    const doc = open('ferry-returns');
    expect(contentTarget(doc.querySelector('nav.site-nav a')!)).toBeNull();
  });
});
