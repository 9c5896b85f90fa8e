/** How far through `el` the window has scrolled: 0 at its top, 1 when its end is in view. */
export function progressThrough(el: HTMLElement): number {
  const { top, height } = el.getBoundingClientRect();
  const win = el.ownerDocument.defaultView!;
  const scrollable = height - win.innerHeight;
  if (scrollable <= 0) return 1;
  return Math.min(1, Math.max(0, -top / scrollable));
}

/** Scrolls the window so that `progressThrough(el)` is `progress`: back where the reader left off. */
export function scrollToProgress(el: HTMLElement, progress: number): void {
  const win = el.ownerDocument.defaultView!;
  const { top, height } = el.getBoundingClientRect();
  const scrollable = Math.max(0, height - win.innerHeight);
  win.scrollTo({ top: win.scrollY + top + progress * scrollable, behavior: 'instant' });
}
