import { storage } from 'wxt/utils/storage';
import { mergeRuleSets } from './merge-rule-sets';
import { MAX_REMOVALS, parseSiteRuleSet } from './parse-site-rules';
import { isEmpty, NO_RULES, type RuleTarget, type SiteRules, type SiteRuleSet } from './site-rules';

/**
 * Every site's rules in storage.local, versioned so a later shape can migrate from this one.
 * Reads go through parseSiteRuleSet: a damaged site is left out, the others still apply.
 */
const item = storage.defineItem<unknown>('local:siteRules', { fallback: {}, version: 1 });

/** Every site's readable rules. Throws when storage cannot be read. */
export async function loadRuleSet(): Promise<SiteRuleSet> {
  return parseSiteRuleSet(await item.getValue()).rules;
}

/** `site`'s own entry of `all` (a host named "constructor" has none inherited), or no rules. */
function ownRules(all: SiteRuleSet, site: string): SiteRules {
  return Object.hasOwn(all, site) ? all[site]! : NO_RULES;
}

/** The rules kept for `site` (none when it has none). Throws when storage cannot be read. */
export async function rulesFor(site: string): Promise<SiteRules> {
  return ownRules(await loadRuleSet(), site);
}

/** Changes `site`'s rules with `change`; a site left with none is forgotten. Throws when storage cannot be written. */
export async function changeSite(site: string, change: (rules: SiteRules) => SiteRules): Promise<void> {
  const all = await loadRuleSet();
  const changed = change(ownRules(all, site));
  const others = Object.entries(all).filter(([name]) => name !== site);
  await item.setValue(Object.fromEntries(isEmpty(changed) ? others : [...others, [site, changed]]));
}

/** `rules` with `target` among its removals (once, and no more than `MAX_REMOVALS`). */
export function withRemoval(rules: SiteRules, target: RuleTarget): SiteRules {
  const others = rules.removals.filter((rule) => rule.selector !== target.selector);
  return { ...rules, removals: [...others, target].slice(-MAX_REMOVALS) };
}

/** `rules` without the removal of `selector`. */
export function withoutRemoval(rules: SiteRules, selector: string): SiteRules {
  return { ...rules, removals: rules.removals.filter((rule) => rule.selector !== selector) };
}

/** Merges an imported backup's rules into the kept ones (see `mergeRuleSets`). Throws when storage cannot be written. */
export async function importRuleSet(imported: SiteRuleSet): Promise<void> {
  await item.setValue(mergeRuleSets(await loadRuleSet(), imported));
}

/** Calls `onChange` with every site's rules whenever they change (in any of the extension's pages). */
export function watchRuleSet(onChange: (rules: SiteRuleSet) => void): () => void {
  return item.watch((value) => onChange(parseSiteRuleSet(value).rules));
}
