import {
  BACKLINK_TEXT,
  COMMENTS_PATTERN,
  DISCUSSION_FURNITURE_PATTERN,
  EDIT_LINK,
  FURNITURE_HEADING,
  FURNITURE_ROLES,
  FURNITURE_TAGS,
  META_PATTERN,
  NOTES_PATTERN,
  PULL_QUOTE_PATTERN,
  TAXONOMY_CLASS,
} from './clutter-patterns';
import { closestTag } from './closest-tag';
import { elementsIn } from './elements-in';
import { isBoilerplateBlock } from './is-boilerplate-block';
import { HEADING_TAGS } from './is-heading';
import { isInRunningText } from './is-in-running-text';
import { linkDensity } from './link-density';
import { normalizeSpace, shortText } from './normalize-space';
import { PROSE_PARAGRAPH, proseBlockOf } from './prose';

/** Subtrees that are article text by construction (or cannot hold furniture): never searched. */
const OPAQUE_TAGS = new Set(['PRE', 'CODE', 'SVG', 'svg', 'MATH', 'math', 'SCRIPT', 'STYLE', 'TABLE']);

/** Ranks that may head a section of furniture ("Related articles"); an <h1> is a headline's. */
const SUBHEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
/** Longer than any "[edit | edit source]" label in EDIT_LINK's languages. */
const EDIT_LINK_MAX_CHARS = 40;

/** Enough paragraph text that an element is (or holds) the article, whatever its class says. */
const PROSE_CHARS = 600;
/** A byline/date line is short; a longer element with a "meta" class is something else. */
const META_MAX_CHARS = 300;
/** A section label above the headline ("World", "The edge: Britain's changing coast"). */
const KICKER_MAX_CHARS = 80;

/** A quote's or figure's <footer> ("— Helen Okafor, branch manager") is part of what it shows. */
function isAttribution(footer: Element): boolean {
  const parent = footer.parentElement?.tagName;
  return parent === 'BLOCKQUOTE' || parent === 'FIGURE';
}

/**
 * A mark that leads away from the text rather than being part of it: a footnote's link back to its
 * citation ("^", "↩") or a wiki heading's "[edit]" link. Both sit inside running text, so they are
 * judged by what they show, not by their class.
 */
function isNavigationMark(el: Element): boolean {
  // "[", the link and "]" at most: checked before reading text, which is costly for big wrappers.
  if ((el.tagName !== 'A' && el.tagName !== 'SPAN') || el.childElementCount > 3) return false;
  const text = el.textContent ?? '';
  if (text.length > EDIT_LINK_MAX_CHARS) return false;
  const shown = normalizeSpace(text);
  if (el.tagName === 'A' && (el.getAttribute('href') ?? '').startsWith('#') && BACKLINK_TEXT.test(shown)) return true;
  if (!EDIT_LINK.test(shown)) return false;
  const isLink = el.tagName === 'A' || el.getElementsByTagName('a').length > 0;
  return isLink && closestTag(el, HEADING_TAGS) !== null;
}

/** Lower-cased words of the attributes sites use to name a part of the page. */
function signature(el: Element): string {
  if (!el.hasAttributes()) return '';
  const classes = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((name) => !TAXONOMY_CLASS.test(name))
    .join(' ');
  // Long ids are made from a heading ("gmail-scriptable-responses-from-humans") and name content,
  // not a widget (the anchors of sections' headings are gone already, see dropHeadingSlugs);
  // numbered ids ("elComment_4398546", "comment-4398546_wrap") name one item of many, not what it is.
  const id = el.getAttribute('id') ?? '';
  const namesWidget = id.split(/[-_\s]+/).length <= 3 && !/\d{3}/.test(id);
  return [
    namesWidget ? id : '',
    classes,
    el.getAttribute('data-component'),
    el.getAttribute('data-testid'),
    el.getAttribute('aria-label'),
  ]
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** The text of `root` a reader sees: without scripts, whose data often repeats the whole article. */
function shownText(root: Element): string {
  const parts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(node.parentElement?.tagName ?? ''))
      parts.push(node.nodeValue ?? '');
  }
  return normalizeSpace(parts.join(' '));
}

/** True when the text of `el` also appears elsewhere in `body`: a pull quote repeating the article. */
function isRepeated(el: Element, body: Element): boolean {
  const text = normalizeSpace(el.textContent ?? '');
  if (!text) return false;
  const all = shownText(body);
  const first = all.indexOf(text);
  return first >= 0 && all.indexOf(text, first + 1) >= 0;
}

/** Characters of prose under `el` (see proseBlockOf), counted up to PROSE_CHARS (enough to decide). */
function proseLength(el: Element, enough = PROSE_CHARS): number {
  let total = 0;
  const blocks = new Map<Element, number>();
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = normalizeSpace(node.nodeValue ?? '').length;
    if (length === 0) continue;
    const block = proseBlockOf(node);
    if (!block) continue;
    const before = blocks.get(block) ?? 0;
    const after = before + length;
    blocks.set(block, after);
    if (after >= PROSE_PARAGRAPH) total += before >= PROSE_PARAGRAPH ? length : after;
    if (total >= enough) break;
  }
  return total;
}

function nextAfter(node: Element, root: Element): Element | null {
  let current: Element | null = node;
  while (current && current !== root) {
    if (current.nextElementSibling) return current.nextElementSibling;
    current = current.parentElement;
  }
  return null;
}

function ancestorsOf(el: Element | null): Set<Element> {
  const set = new Set<Element>();
  for (let node = el; node; node = node.parentElement) set.add(node);
  return set;
}

/** Removes the all-link labels right above the headline: section kickers, series names, breadcrumbs. */
function removeKickers(heading: Element): void {
  let node: Element | null = heading;
  for (let level = 0; level < 3 && node && !/^(?:ARTICLE|MAIN|BODY)$/.test(node.tagName); level++) {
    for (let sibling = node.previousElementSibling; sibling;) {
      const previous: Element | null = sibling.previousElementSibling;
      const text = normalizeSpace(sibling.textContent ?? '');
      const isLabel =
        text.length > 0 &&
        text.length <= KICKER_MAX_CHARS &&
        !elementsIn(sibling).some((child) => child.tagName === 'IMG') &&
        linkDensity(sibling) >= 0.9;
      if (isLabel) sibling.remove();
      sibling = previous;
    }
    node = node.parentElement;
  }
}

/** The element a furniture heading labels: its section when it opens one, else the heading alone. */
function headedSection(heading: Element, keep: Set<Element>, body: Element): Element {
  const parent = heading.parentElement;
  const opensSection = parent && parent !== body && !keep.has(parent) && parent.firstElementChild === heading;
  if (opensSection && proseLength(parent) < PROSE_CHARS) return parent;
  const list = heading.nextElementSibling;
  if (list && !keep.has(list) && /^(?:UL|OL|DIV)$/.test(list.tagName) && linkDensity(list) >= 0.5) list.remove();
  return heading;
}

/** What `furniture` says of a section named like comments: decided once the whole page is seen. */
const COMMENTS = 'comments';

/**
 * The element to remove because of what `el` is (itself or the section it heads), COMMENTS for a
 * comments section, or null to keep it.
 */
function furniture(
  el: Element,
  keep: Set<Element>,
  body: Element,
  isDiscussion: boolean,
): Element | typeof COMMENTS | null {
  const tag = el.tagName;
  // A caption belongs to what it captions, whatever its class ("t-meta", "credit") suggests.
  if (keep.has(el) || tag === 'FIGCAPTION') return null;
  if (FURNITURE_TAGS.has(tag)) return el;
  if (tag === 'ASIDE' || isNavigationMark(el)) return el;
  if (tag === 'HEADER' && !closestTag(el, ['ARTICLE', 'MAIN'])) return el;
  const sig = signature(el);
  if (tag === 'FOOTER' && !NOTES_PATTERN.test(sig)) return el;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return el;

  if (sig && isInRunningText(el)) {
    // Readability takes the first element named like a byline as the byline and deletes it; inside
    // running text that is a dateline ("CAIRO —") or a name in a sentence, so it loses the name.
    if (META_PATTERN.test(sig)) for (const name of ['class', 'id', 'rel', 'itemprop']) el.removeAttribute(name);
  } else if (sig) {
    if (PULL_QUOTE_PATTERN.test(sig) && isRepeated(el, body)) return el;
    // A comments section goes however long it is, unless it is all the page says (decided in
    // preClean, once the page is seen); other furniture only when it holds little prose.
    if (!isDiscussion && COMMENTS_PATTERN.test(sig)) return COMMENTS;
    if (DISCUSSION_FURNITURE_PATTERN.test(sig) && proseLength(el) < PROSE_CHARS) return el;
    if (META_PATTERN.test(sig) && shortText(el, META_MAX_CHARS) !== null) return el;
  }
  if (SUBHEADING_TAGS.has(tag) && FURNITURE_HEADING.test(normalizeSpace(el.textContent ?? ''))) {
    return headedSection(el, keep, body);
  }
  if (isBoilerplateBlock(el) && !isInRunningText(el)) return el;
  return null;
}

/** Readability deletes every <footer>, quote attributions included: this one becomes a paragraph. */
function keepAttribution(footer: Element): Element {
  const p = footer.ownerDocument.createElement('p');
  p.append(...footer.childNodes);
  footer.replaceWith(p);
  return p;
}

/**
 * Removes page furniture from `doc` before Readability scores it: header/nav/footer chrome, ads and
 * ad labels, share/follow widgets, newsletter and consent boxes, related/popular lists, comments,
 * breadcrumbs, author bios, byline/meta lines, boilerplate lines, pull quotes that repeat the text,
 * footnote back-links and wiki "[edit]" links. Judged by general signals (tags,
 * roles, class/id words, link density, short phrase lines), never by site. The headline, the
 * declared article body (schema.org articleBody) and the elements around them are never removed,
 * nor is any element that holds a substantial amount of prose (unless it is a comments section, and
 * the page has prose outside its comments sections).
 * On a discussion page (`isDiscussion`: its posts are what it says) nothing is removed for being
 * named like comments. Mutates `doc` (pass a clone); never fails.
 */
export function preClean(
  doc: Document,
  titleHeading: Element | null,
  declaredBody: Element | null,
  isDiscussion = false,
): void {
  const body = doc.body;
  if (!body) return;
  const keep = ancestorsOf(titleHeading);
  for (const el of ancestorsOf(declaredBody)) keep.add(el);
  if (titleHeading) removeKickers(titleHeading);
  const comments = removeFurniture(body, keep, body, isDiscussion);
  if (comments.length === 0) return;
  // A page whose only prose is in blocks named like comments (a forum engine that names its thread
  // "comments", an article wrapped in a "comment on selection" feature) says what it says there.
  const inComments = comments.reduce((sum, block) => sum + proseLength(block, Infinity), 0);
  const isAllProse = proseLength(body, Infinity) - inComments < PROSE_PARAGRAPH;
  for (const block of comments) {
    if (isAllProse) removeFurniture(block, keep, body, true);
    else block.remove();
  }
}

/**
 * Removes the furniture below `root` and returns the comments sections found there, left in place
 * and not searched.
 */
function removeFurniture(root: Element, keep: Set<Element>, body: Element, isDiscussion: boolean): Element[] {
  const comments: Element[] = [];
  let el = root.firstElementChild;
  while (el) {
    if (el.tagName === 'FOOTER' && isAttribution(el)) el = keepAttribution(el);
    const target = furniture(el, keep, body, isDiscussion);
    if (target === COMMENTS) {
      comments.push(el);
      el = nextAfter(el, root);
    } else if (target) {
      const next = nextAfter(target, root);
      target.remove();
      el = next;
    } else {
      el = (!OPAQUE_TAGS.has(el.tagName) && el.firstElementChild) || nextAfter(el, root);
    }
  }
  return comments;
}
