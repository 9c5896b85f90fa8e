import { titleKey } from './title-key';

/**
 * The h1/h2 element that shows `title` on the page, or null when no heading shows it.
 * Clutter removal never removes this heading or anything around it.
 */
export function findTitleHeading(doc: Document, title: string): Element | null {
  const key = titleKey(title);
  if (!key) return null;
  for (const tag of ['h1', 'h2']) {
    for (const heading of doc.querySelectorAll(tag)) {
      if (titleKey(heading.textContent ?? '') === key) return heading;
    }
  }
  return null;
}
