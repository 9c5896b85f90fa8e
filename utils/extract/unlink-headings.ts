import { normalizeSpace } from './normalize-space';

/** What a heading's link to itself shows when it is only a mark: "¶", "§", "#", a link emoji. */
const PERMALINK_MARK = /^(?:[¶§#]|🔗|link|permalink|anchor)?$/iu;

/**
 * Headings that link to themselves (documentation generators add "¶" after each; some pages make the
 * whole heading its own link): in the reader such a link leads nowhere and shows a heading as a big
 * blue link. The mark goes; a heading's own text stays, unlinked. Links elsewhere stay. Mutates
 * `headings` (a clone's); never fails.
 */
export function unlinkHeadings(headings: readonly Element[]): void {
  for (const heading of headings) {
    // A static list: the links are taken out of the heading as they are read.
    const ownLinks = [...heading.getElementsByTagName('a')].filter((a) => a.getAttribute('href')?.startsWith('#'));
    for (const link of ownLinks) {
      if (PERMALINK_MARK.test(normalizeSpace(link.textContent ?? ''))) link.remove();
      else link.replaceWith(...link.childNodes);
    }
  }
}
