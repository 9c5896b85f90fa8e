import { blockKind } from './block-kind';
import { isPlainSelector } from './plain-selector';
import { MAX_SAMPLE_CHARS, type RuleTarget } from './site-rules';
import { isStableClass } from './stable-class';
import { textLength } from './text-length';

/** A block to leave out holds at most this share of the page's text: more is the article, or its column. */
export const MAX_BLOCK_SHARE = 0.5;
/** How far up from the clicked element a removal looks for the box it belongs to. */
const MAX_CLIMB = 4;
/** Two classes name a kind of block; more make the selector miss the same block dressed a little differently. */
const MAX_CLASSES = 2;

/**
 * `el` named by its tag and its stable classes ("aside.newsletter-signup"), or null when it has no
 * stable class. Never by position (nth-child) or id: those differ from one page of a site to the next.
 */
export function classSelector(el: Element): string | null {
  const classes = [...el.classList].filter(isStableClass).slice(0, MAX_CLASSES);
  if (classes.length === 0) return null;
  const selector = `${el.localName}${classes.map((name) => `.${name}`).join('')}`;
  return isPlainSelector(selector) ? selector : null;
}

/** `el` as a rule names it: `selector`, its kind, and the start of its text (or its image's description). */
export function ruleTarget(el: Element, selector: string): RuleTarget {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim() || (el.querySelector('img')?.alt ?? '').trim();
  return { selector, kind: blockKind(el), sample: text.slice(0, MAX_SAMPLE_CHARS) };
}

/** Characters of text of the outermost of `els`, spaces ignored. */
export function outermostLength(els: Element[]): number {
  return els
    .filter((el) => !els.some((other) => other !== el && other.contains(el)))
    .reduce((n, el) => n + textLength(el), 0);
}

/**
 * The rule that leaves out `block` (an element of the page itself, not of the reader's copy) and
 * blocks like it on the site's other pages: the nearest of `block` and its closest ancestors that
 * has a stable class, named by tag and class, provided everything that selector matches on this
 * page holds at most half of its text. Null when there is none: a plain paragraph of the article is
 * told from the others only by its position, which the next article does not share.
 */
export function removalTarget(block: Element): RuleTarget | null {
  const body = block.ownerDocument.body;
  const pageLength = textLength(body);
  let el: Element | null = block;
  for (let climbed = 0; el && el !== body && climbed <= MAX_CLIMB; climbed++, el = el.parentElement) {
    if (textLength(el) > pageLength * MAX_BLOCK_SHARE) return null;
    const selector = classSelector(el);
    if (selector && outermostLength([...body.querySelectorAll(selector)]) <= pageLength * MAX_BLOCK_SHARE) {
      return ruleTarget(el, selector);
    }
  }
  return null;
}
