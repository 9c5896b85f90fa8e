/**
 * jsdom has no layout: gives ranges a fixed box and makes scrolling do nothing, so code that
 * places a menu beside a selection or scrolls to a heading can run. Call it in jsdom tests.
 */
export function stubLayout(): void {
  Range.prototype.getBoundingClientRect ??= () => new DOMRect(100, 200, 50, 20);
  Element.prototype.scrollIntoView ??= () => {};
}
