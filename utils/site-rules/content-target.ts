import { classSelector, ruleTarget } from './stable-selector';
import type { RuleTarget } from './site-rules';
import { textLength } from './text-length';

/** Less text than this (in characters, spaces aside) is a block of an article, not an article. */
export const MIN_CONTENT_CHARS = 200;

/** `el` named by its tag alone, when no other element of the page has it (`article`, `main`); else null. */
function uniqueTag(el: Element): string | null {
  return el.ownerDocument.getElementsByTagName(el.localName).length === 1 ? el.localName : null;
}

/**
 * The part of the page a person points at as the article: the nearest of `node` and its ancestors
 * (below the body) with enough text to be one, that a stable selector names first on the page —
 * its tag and stable classes ("div.story__body"), or its tag when it is the page's only one
 * ("article"). Null when there is none: the person points elsewhere.
 */
export function contentTarget(node: Element): { element: Element; rule: RuleTarget } | null {
  const { body } = node.ownerDocument;
  for (let el: Element | null = node; el && el !== body; el = el.parentElement) {
    if (textLength(el) < MIN_CONTENT_CHARS) continue;
    const selector: string | null = classSelector(el) ?? uniqueTag(el);
    if (selector && body.querySelector(selector) === el) return { element: el, rule: ruleTarget(el, selector) };
  }
  return null;
}
