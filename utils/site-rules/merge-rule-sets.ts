import type { SiteRules, SiteRuleSet } from './site-rules';
import { MAX_REMOVALS } from './parse-site-rules';

/** `ours` with the removals of `theirs` it lacks (by selector) and, when it has none, their content rule. */
function mergeSite(ours: SiteRules, theirs: SiteRules): SiteRules {
  const known = new Set(ours.removals.map((rule) => rule.selector));
  const added = theirs.removals.filter((rule) => !known.has(rule.selector));
  return { removals: [...ours.removals, ...added].slice(0, MAX_REMOVALS), content: ours.content ?? theirs.content };
}

/**
 * The rules of `current` merged with `imported`'s: each site keeps what it has, and gains the
 * removals it lacks and a content rule when it has none. What the person set here wins over a file.
 */
export function mergeRuleSets(current: SiteRuleSet, imported: SiteRuleSet): SiteRuleSet {
  const merged = new Map(Object.entries(current));
  for (const [site, rules] of Object.entries(imported)) {
    const ours = merged.get(site);
    merged.set(site, ours ? mergeSite(ours, rules) : rules);
  }
  return Object.fromEntries(merged);
}
