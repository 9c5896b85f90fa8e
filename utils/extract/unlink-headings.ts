import { normalizeSpace } from './normalize-space';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** What a heading's link to itself shows when it is only a mark: "¶", "§", "#", a link emoji. */
const PERMALINK_MARK = /^(?:[¶§#]|🔗|link|permalink|anchor)?$/iu;

/**
 * Headings that link to themselves (documentation generators add "¶" after each; some pages make the
 * whole heading its own link): in the reader such a link leads nowhere and shows a heading as a big
 * blue link. The mark goes; a heading's own text stays, unlinked. Links elsewhere stay. Mutates
 * `doc` (pass a clone); never fails.
 */
export function unlinkHeadings(doc: Document): void {
  for (const tag of HEADINGS) {
    for (const heading of doc.getElementsByTagName(tag)) {
      // A static list: the links are taken out of the heading as they are read. Not querySelectorAll:
      // jsdom compiles a selector on every call, and a page has hundreds of headings.
      const ownLinks = [...heading.getElementsByTagName('a')].filter((a) => a.getAttribute('href')?.startsWith('#'));
      for (const link of ownLinks) {
        if (PERMALINK_MARK.test(normalizeSpace(link.textContent ?? ''))) link.remove();
        else link.replaceWith(...link.childNodes);
      }
    }
  }
}
