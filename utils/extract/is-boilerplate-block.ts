import { AD_LABEL, BOILERPLATE_LINES, BOILERPLATE_MAX_LENGTH, LINK_LEAD_IN } from './clutter-patterns';
import { linkDensity } from './link-density';
import { shortText } from './normalize-space';

/** Elements that can hold a line of boilerplate on their own. Table cells and captions never do. */
const LINE_TAGS = new Set([
  'P',
  'DIV',
  'SPAN',
  'LI',
  'DD',
  'DT',
  'SECTION',
  'ASIDE',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'A',
  'B',
  'STRONG',
  'EM',
  'SMALL',
  'LABEL',
  'HEADER',
  'FOOTER',
]);

/** Children that make an element a container of blocks rather than one line. */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'UL',
  'OL',
  'LI',
  'DL',
  'TABLE',
  'FIGURE',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'FOOTER',
  'NAV',
  'FORM',
  'MAIN',
  'ADDRESS',
  'DETAILS',
  'HR',
]);

/**
 * More children than this make an element a wrapper, not a line. A line of links and emphasis has
 * a dozen: "… and follow us on <a><em>Facebook</em></a>, <a><em>Instagram</em></a> …".
 */
const MAX_CHILDREN = 16;

/**
 * True when `el` is a short block of boilerplate: an ad label, a share/follow prompt, a reading-time
 * or engagement counter, a "Related: <link>" line. False for anything longer than a short line, so
 * article sentences are never judged by how they start.
 */
export function isBoilerplateBlock(el: Element): boolean {
  if (!LINE_TAGS.has(el.tagName) || el.childElementCount > MAX_CHILDREN) return false;
  // Checked before reading any text, so wrappers of whole pages cost nothing here.
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_TAGS.has(child.tagName)) return false;
  }
  const text = shortText(el, BOILERPLATE_MAX_LENGTH);
  if (!text) return false;
  if (AD_LABEL.test(text) || BOILERPLATE_LINES.some((line) => line.test(text))) return true;
  return LINK_LEAD_IN.test(text) && linkDensity(el) >= 0.5;
}
