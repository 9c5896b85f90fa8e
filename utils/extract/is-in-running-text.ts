const INLINE_TAGS = new Set([
  'A',
  'SPAN',
  'EM',
  'STRONG',
  'B',
  'I',
  'U',
  'S',
  'SMALL',
  'TIME',
  'ABBR',
  'CODE',
  'SUP',
  'SUB',
  'MARK',
  'Q',
  'CITE',
  'LABEL',
  'IMG',
  'BR',
  'WBR',
  'FONT',
]);

/**
 * True for an inline element inside running text ("see <a class=share>this</a> report"): removing it
 * would tear a sentence, so it is never treated as furniture. False for blocks and for inline
 * elements that stand alone.
 */
export function isInRunningText(el: Element): boolean {
  if (!INLINE_TAGS.has(el.tagName)) return false;
  for (let sibling = el.parentNode?.firstChild; sibling; sibling = sibling.nextSibling) {
    if (sibling.nodeType === 3 && sibling.textContent?.trim()) return true;
  }
  return false;
}
