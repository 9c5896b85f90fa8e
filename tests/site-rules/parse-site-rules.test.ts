import { expect, it } from 'vitest';
import { MAX_REMOVALS, parseSiteRuleSet, parseSiteRules } from '@/utils/site-rules/parse-site-rules';

const box = { selector: 'div.tide-times', kind: 'box', sample: 'Tides at Quay Street this week' };
const wellFormed = {
  removals: [box],
  content: { selector: 'div.story__body', kind: 'box', sample: 'The night ferry' },
};

it('reads well-formed rules as they are, without fields nobody asked for', () => {
  expect(parseSiteRules({ ...wellFormed, extra: 1, removals: [{ ...box, script: 'x' }] })).toEqual(wellFormed);
  expect(parseSiteRuleSet({ 'harbourpost.example': wellFormed })).toEqual({
    rules: { 'harbourpost.example': wellFormed },
    damaged: 0,
  });
});

it.each([
  ['a selector that is not plain', { ...wellFormed, removals: [{ ...box, selector: 'p:has(a)' }] }],
  ['a kind it does not know', { ...wellFormed, removals: [{ ...box, kind: 'script' }] }],
  ['a sample too long', { ...wellFormed, removals: [{ ...box, sample: 'x'.repeat(500) }] }],
  ['a damaged content rule', { ...wellFormed, content: { selector: 42 } }],
  ['no list of removals', { content: null }],
  ['too many removals', { ...wellFormed, removals: Array.from({ length: MAX_REMOVALS + 1 }, () => box) }],
])('refuses rules with %s', (_what, value) => {
  expect(parseSiteRules(value)).toBeNull();
});

it('counts a site whose name or rules are damaged, and keeps the others', () => {
  const value = JSON.parse(
    `{"harbourpost.example": ${JSON.stringify(wellFormed)}, "not a host": ${JSON.stringify(wellFormed)},
      "__proto__": ${JSON.stringify(wellFormed)}, "other.example": {"removals": "all"}}`,
  ) as unknown;
  const { rules, damaged } = parseSiteRuleSet(value);
  expect(Object.keys(rules)).toEqual(['harbourpost.example']);
  expect(damaged).toBe(3);
  expect(({} as Record<string, unknown>).removals).toBeUndefined();
});
