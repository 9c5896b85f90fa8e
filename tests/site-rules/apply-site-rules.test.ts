import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import type { RuleTarget, SiteRules } from '@/utils/site-rules/site-rules';
import { useParsedDocuments } from '../support/parsed-documents';
import { harbourPage, TIDES, STANDFIRST } from './harbour-post';

const parse = useParsedDocuments();

const tides: RuleTarget = { selector: 'div.tide-times', kind: 'box', sample: TIDES };
const storyBody: RuleTarget = { selector: 'div.story__body', kind: 'box', sample: 'The swing bridge' };
const rules = (changes: Partial<SiteRules>): SiteRules => ({ removals: [], content: null, ...changes });

/** The article text of a sample page, extracted with `siteRules`, and the rules that were skipped. */
function extract(slug: 'ferry-returns' | 'bridge-repairs' | 'home', siteRules?: SiteRules) {
  const { html, url } = harbourPage(slug);
  const outcome = extractArticle(parse(html, url), url, { rules: siteRules });
  if (!outcome.ok) throw new Error(`${slug} was not extracted: ${outcome.message}`);
  return { text: outcome.article.text, skipped: outcome.skippedRules ?? [] };
}

describe('the site’s rules in the extraction', () => {
  it('keeps the tide-times box and the standfirst without rules', () => {
    const { text, skipped } = extract('bridge-repairs');
    expect(text).toContain(TIDES);
    expect(text).toContain(STANDFIRST['bridge-repairs']);
    expect(skipped).toEqual([]);
  });

  it('leaves out what a removal names, and nothing else', () => {
    const { text, skipped } = extract('bridge-repairs', rules({ removals: [tides] }));
    expect(text).not.toContain(TIDES);
    expect(text).toContain('Pedestrians will be able to cross');
    expect(skipped).toEqual([]);
  });

  it('shows only the part a content rule names', () => {
    const { text } = extract('bridge-repairs', rules({ content: storyBody }));
    expect(text).not.toContain(STANDFIRST['bridge-repairs']);
    expect(text).toContain('Engineers expect the new gear');
  });

  it('skips, and says why, a removal that matches nothing', () => {
    const absent: RuleTarget = { selector: 'aside.poll', kind: 'box', sample: 'Have your say' };
    const { text, skipped } = extract('bridge-repairs', rules({ removals: [absent, tides] }));
    expect(skipped).toEqual([{ rule: absent, use: 'removal', reason: 'matches-nothing' }]);
    expect(text).not.toContain(TIDES);
  });

  it('skips a removal that would take the whole article, which stays', () => {
    const whole: RuleTarget = { selector: 'article.story', kind: 'box', sample: 'Swing bridge' };
    const { text, skipped } = extract('bridge-repairs', rules({ removals: [whole] }));
    expect(skipped).toEqual([{ rule: whole, use: 'removal', reason: 'whole-article' }]);
    expect(text).toContain('Engineers expect the new gear');
  });

  it('skips a content rule that matches nothing, and finds the article as ever', () => {
    const gone: RuleTarget = { selector: 'div.article-text', kind: 'box', sample: '' };
    const { text, skipped } = extract('ferry-returns', rules({ content: gone }));
    expect(skipped).toEqual([{ rule: gone, use: 'content', reason: 'matches-nothing' }]);
    expect(text).toContain('The night ferry across the Sound');
  });

  it('leaves the page it was given as it was', () => {
    const { html, url } = harbourPage('ferry-returns');
    const doc = parse(html, url);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, url, { rules: rules({ removals: [tides], content: storyBody }) });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
