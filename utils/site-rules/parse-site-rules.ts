import { isObject, isOneOf, isText } from '../value-checks';
import { isPlainSelector } from './plain-selector';
import { BLOCK_KINDS, MAX_SAMPLE_CHARS, siteOf, type RuleTarget, type SiteRules, type SiteRuleSet } from './site-rules';

/** More removals than this on one site is not what a person clicks together; a file that has them is not ours. */
export const MAX_REMOVALS = 100;
/** Host names are at most 253 characters. */
const MAX_SITE_LENGTH = 253;

/** A well-formed copy of a rule's target, or null. */
export function parseRuleTarget(value: unknown): RuleTarget | null {
  if (!isObject(value)) return null;
  const { selector, kind, sample } = value;
  return isPlainSelector(selector) && isOneOf(BLOCK_KINDS, kind) && isText(sample, MAX_SAMPLE_CHARS)
    ? { selector, kind, sample }
    : null;
}

/** A well-formed copy of one site's rules, or null when any part of them is not. */
export function parseSiteRules(value: unknown): SiteRules | null {
  if (!isObject(value) || !Array.isArray(value.removals) || value.removals.length > MAX_REMOVALS) return null;
  const removals = value.removals.map(parseRuleTarget);
  const content = value.content === null ? null : parseRuleTarget(value.content);
  if (removals.includes(null) || (value.content !== null && !content)) return null;
  return { removals: removals as RuleTarget[], content };
}

/** True for a host name as `siteOf` gives it. */
export function isSite(value: string): boolean {
  return value.length <= MAX_SITE_LENGTH && siteOf(`https://${value}/`) === value;
}

/**
 * Every site's rules, each checked: the sites whose rules are well formed, and how many were not.
 * Storage is read with it (a damaged site is left out, the rest still apply); an import refuses a
 * file with any `damaged`.
 */
export function parseSiteRuleSet(value: unknown): { rules: SiteRuleSet; damaged: number } {
  if (!isObject(value)) return { rules: {}, damaged: value === undefined ? 0 : 1 };
  const kept: [string, SiteRules][] = [];
  for (const [site, siteRules] of Object.entries(value)) {
    const parsed = isSite(site) ? parseSiteRules(siteRules) : null;
    if (parsed) kept.push([site, parsed]);
  }
  return { rules: Object.fromEntries(kept), damaged: Object.keys(value).length - kept.length };
}
