import { titleKey } from './title-key';

/**
 * The heading that shows `title` on the page (an h1, else an h2), or null when none does. `elements`
 * are the page's elements in document order. Clutter removal never removes this heading or anything
 * around it.
 */
export function findTitleHeading(elements: readonly Element[], title: string): Element | null {
  const key = titleKey(title);
  if (!key) return null;
  for (const tag of ['H1', 'H2']) {
    const heading = elements.find((el) => el.tagName === tag && titleKey(el.textContent ?? '') === key);
    if (heading) return heading;
  }
  return null;
}
