import { isPlainSelector } from './plain-selector';
import type { SiteRules, SkippedRule } from './site-rules';
import { MAX_BLOCK_SHARE, outermostLength } from './stable-selector';
import { textLength } from './text-length';

/** The elements of `root` that `selector` names; none for a selector that is not plain (see `isPlainSelector`). */
function matches(root: ParentNode, selector: string): Element[] {
  return isPlainSelector(selector) ? [...root.querySelectorAll(selector)] : [];
}

/**
 * Applies a site's rules to `doc`, a working copy of one of its pages, before the article is looked
 * for: the content rule leaves only its part in the body, then each removal takes its blocks out.
 * A rule that matches nothing, and a removal that would take more than half of what is left (the
 * article itself, by all likelihood), changes nothing. Returns those rules, with why, for the reader
 * to say.
 */
export function applySiteRules(doc: Document, rules: SiteRules): SkippedRule[] {
  const { body } = doc;
  const skipped: SkippedRule[] = [];
  if (rules.content) {
    const [part] = matches(body, rules.content.selector);
    if (part) body.replaceChildren(part);
    else skipped.push({ rule: rules.content, use: 'content', reason: 'matches-nothing' });
  }
  const pageLength = textLength(body);
  for (const rule of rules.removals) {
    const found = matches(body, rule.selector);
    if (found.length === 0) skipped.push({ rule, use: 'removal', reason: 'matches-nothing' });
    else if (outermostLength(found) > pageLength * MAX_BLOCK_SHARE) {
      skipped.push({ rule, use: 'removal', reason: 'whole-article' });
    } else for (const el of found) el.remove();
  }
  return skipped;
}
