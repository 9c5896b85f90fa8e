/**
 * CSS frameworks' utility classes that take an element off the screen (display: none): Bootstrap's
 * and Stacks' `d-none`, Tailwind's and Bootstrap 3's `hidden`, Bulma's `is-hidden`. A site's own
 * `hide` is left alone: it is as often what a script opens (a disclosure, an overlay).
 */
const HIDING = new Set(['d-none', 'hidden', 'is-hidden']);
/** A class that shows the element at some width or state: `d-md-block`, `lg:flex`, `show@medium`. */
const SHOWN_SOMETIMES = /^(?:d-(?:sm|md|lg|xl|xxl)-(?!none)|(?:sm|md|lg|xl|2xl):|show|visible)|@/;

/** The element's classes but the hiding ones, sorted: what it shares with shown items of its kind. */
function kindOf(el: Element): string {
  const names = el.getAttribute('class')?.split(/\s+/) ?? [];
  return `${el.tagName} ${names
    .filter((name) => name && !HIDING.has(name))
    .toSorted()
    .join(' ')}`;
}

/** A quick test before the exact one: most classes on a page name none of the hiding ones. */
const MAY_HIDE = /\b(?:d-none|hidden)\b/;

function isHiddenByClass(el: Element): boolean {
  const names = el.getAttribute('class');
  if (!names || !MAY_HIDE.test(names)) return false;
  // A script that opened it set its display inline (jQuery's show): that wins over the class.
  const display = (el as HTMLElement).style?.display;
  if (display && display !== 'none') return false;
  let hidden = false;
  for (const name of names.split(/\s+/)) {
    if (SHOWN_SOMETIMES.test(name)) return false;
    if (HIDING.has(name)) hidden = true;
  }
  return hidden;
}

/** True when `el` is one of a series whose first items show: the rest of a list that "Show more" opens. */
function isRestOfSeries(el: Element): boolean {
  const kind = kindOf(el);
  for (const sibling of el.parentElement?.children ?? []) {
    if (sibling !== el && !isHiddenByClass(sibling) && kindOf(sibling) === kind) return true;
  }
  return false;
}

/**
 * Removes what the page's own stylesheet hides by a framework's utility class (a saved page and the
 * command line have no stylesheet to tell): a forum's machine-readable copies of dates and names, a
 * math renderer's delimiters, a layout for another screen size, a form for later. Keeps any that
 * hold `keep` (the headline, the declared article body), since a page never hides its own article
 * for good, and the hidden rest of a series whose first items show. `elements` are the page's (a
 * clone's: this mutates them); returns those still in the page.
 */
export function dropHiddenByClass(elements: Element[], keep: readonly (Element | null)[]): Element[] {
  let removed = false;
  for (const el of elements) {
    if (!isHiddenByClass(el) || !el.isConnected) continue;
    if (keep.some((anchor) => anchor && el.contains(anchor)) || isRestOfSeries(el)) continue;
    el.remove();
    removed = true;
  }
  return removed ? elements.filter((el) => el.isConnected) : elements;
}
