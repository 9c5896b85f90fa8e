import { PHOTO_CREDIT } from './clutter-patterns';
import { closestTag } from './closest-tag';
import { elementsIn } from './elements-in';
import { isBoilerplateBlock } from './is-boilerplate-block';
import { isInRunningText } from './is-in-running-text';
import { shortText } from './normalize-space';
import { titleKey } from './title-key';

/** Elements that show something without text of their own. */
const CONTENT_WITHOUT_TEXT = new Set([
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'TABLE',
  'HR',
  'PRE',
  'SVG',
  'svg',
  'MATH',
  'math',
]);
const REMOVABLE_WHEN_EMPTY = new Set(['P', 'DIV', 'SECTION', 'SPAN', 'FIGURE', 'LI', 'BLOCKQUOTE']);

/** Removes blocks that show nothing: one pass marks every element above visible content. */
function removeEmptyBlocks(content: Element): void {
  const shown = new Set<Node>();
  const walker = content.ownerDocument.createTreeWalker(content, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  const empty: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // In code, spaces are content: syntax highlighters put them in <span>s of their own.
    const visible =
      node.nodeType === 3
        ? !!node.textContent?.trim() || closestTag(node.parentElement!, ['PRE', 'CODE']) !== null
        : CONTENT_WITHOUT_TEXT.has((node as Element).tagName);
    if (visible) {
      for (let up = node.parentNode; up && !shown.has(up); up = up.parentNode) shown.add(up);
    } else if (node.nodeType === 1 && REMOVABLE_WHEN_EMPTY.has((node as Element).tagName)) {
      empty.push(node as Element);
    }
  }
  for (const el of empty) {
    if (shown.has(el)) continue;
    if (el.tagName === 'SPAN') el.replaceWith(...separator(el));
    else el.remove();
  }
}

/**
 * What an empty span leaves when it goes: what keeps apart the words or lines around it, a line
 * break ("Bench<span><br></span>Price: $299") or a space ("from<span> </span><a>DJI</a>").
 */
function separator(span: Element): (Node | string)[] {
  const breaks = [...span.getElementsByTagName('br')];
  if (breaks.length > 0) return breaks;
  return span.textContent ? [' '] : [];
}

const PICTURE_TAGS = ['FIGURE', 'FIGCAPTION', 'PICTURE'];
const CREDIT_TAGS = new Set(['P', 'DIV', 'SPAN', 'SMALL']);
/** What a credit line may hold: "Photo: <a>Ana Ruiz</a>/<em>Reuters</em>". */
const INLINE_TAGS = new Set(['A', 'SPAN', 'EM', 'I', 'B', 'STRONG', 'SMALL', 'BR']);

/**
 * True for a line that only credits a photo ("Photo: Ana Ruiz/Reuters") with no image beside it
 * (in its parent block) to credit: the image it belonged to is not in the article. A credit in a
 * caption or next to its image stays.
 */
function isStrayPhotoCredit(el: Element): boolean {
  if (!CREDIT_TAGS.has(el.tagName) || el.childElementCount > 2) return false;
  // A line has no blocks inside: checked before reading text, which is costly for big wrappers.
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (!INLINE_TAGS.has(child.tagName)) return false;
  }
  const text = shortText(el, 120);
  if (text === null || !PHOTO_CREDIT.test(text) || closestTag(el, PICTURE_TAGS)) return false;
  return (el.parentElement?.getElementsByTagName('img').length ?? 0) === 0;
}

/** Landmarks the reader itself provides: one inside the article would make a second article or main. */
const READER_LANDMARKS = new Set(['ARTICLE', 'MAIN']);

/** Turns `el` into a <div> with the same children and language, in place. */
function demoteToDiv(el: Element): void {
  const div = el.ownerDocument.createElement('div');
  for (const name of ['lang', 'dir']) {
    const value = el.getAttribute(name);
    if (value !== null) div.setAttribute(name, value);
  }
  div.append(...el.childNodes);
  el.replaceWith(div);
}

/** True when the first text under `content` belongs to `el`. */
function opensWith(content: Element, el: Element): boolean {
  const walker = content.ownerDocument.createTreeWalker(content, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim()) return el.contains(node);
  }
  return false;
}

/**
 * Tidies Readability's result: removes boilerplate lines it kept (ad labels, share prompts,
 * "Related:" links, photo credits whose photo is gone), the headline when the body repeats it first (the reader shows the title
 * itself), and blocks left empty; nested <article>/<main> become <div>s. Mutates `content`; never fails.
 */
export function postClean(content: Element, title: string): void {
  const elements = elementsIn(content);
  for (const el of elements) {
    if (!content.contains(el) || isInRunningText(el)) continue;
    if (isBoilerplateBlock(el) || isStrayPhotoCredit(el)) el.remove();
  }

  const firstHeading = elements.find((el) => /^H[1-3]$/.test(el.tagName) && content.contains(el));
  const repeatsTitle = firstHeading && titleKey(firstHeading.textContent ?? '') === titleKey(title);
  if (repeatsTitle && opensWith(content, firstHeading)) firstHeading.remove();

  removeEmptyBlocks(content);
  // The walk above still lists every element left (outer before inner): no need to walk again.
  for (const el of elements) if (READER_LANDMARKS.has(el.tagName) && content.contains(el)) demoteToDiv(el);
}
