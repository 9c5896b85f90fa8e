/** True when `el` is hidden by its own markup: the `hidden` attribute or an inline style. */
function isVeiled(el: HTMLElement): boolean {
  return el.hasAttribute('hidden') || el.style?.display === 'none' || el.style?.visibility === 'hidden';
}

/**
 * Some pages hide everything until their scripts have run, so that nothing shows unstyled: a wrapper
 * with `visibility: hidden`, `display: none` or `hidden` around the whole page, which a script lifts.
 * In a live tab it is lifted by the time anyone asks for the reader; in a page parsed with scripting
 * off (a saved page, the command line) it still hides the headline and the article, and Readability
 * skips hidden elements. A page never means to hide its own headline or its declared article body,
 * so the elements around `anchors` lose their hiding. Mutates those elements (pass a clone's).
 */
export function liftVeils(anchors: readonly (Element | null)[]): void {
  for (const anchor of anchors) {
    for (let el = anchor?.parentElement ?? null; el; el = el.parentElement) {
      if (!isVeiled(el as HTMLElement)) continue;
      const style = (el as HTMLElement).style;
      el.removeAttribute('hidden');
      if (style?.display === 'none') style.removeProperty('display');
      if (style?.visibility === 'hidden') style.removeProperty('visibility');
    }
  }
}
