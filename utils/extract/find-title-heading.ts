import { headingText } from './heading-text';
import { titleKey } from './title-key';

/**
 * The heading that shows `title` on the page (an h1, else an h2); else the page's one h1 outside its
 * header and navigation, which is the headline of a page whose <title> names only the site ("Reddit -
 * The heart of the internet"); else null. `elements` are the page's elements in document order.
 * Clutter removal never removes this heading or anything around it.
 */
export function findTitleHeading(elements: readonly Element[], title: string): Element | null {
  const key = titleKey(title);
  for (const tag of key ? ['H1', 'H2'] : []) {
    const heading = elements.find((el) => el.tagName === tag && titleKey(headingText(el)) === key);
    if (heading) return heading;
  }
  const h1s = elements.filter((el) => el.tagName === 'H1');
  const lone = h1s.length === 1 ? h1s[0]! : null;
  return lone && !lone.closest('header, nav') && /\s/.test(headingText(lone)) ? lone : null;
}
