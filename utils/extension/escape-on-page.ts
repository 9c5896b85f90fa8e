/**
 * Calls `onEscape` when Esc is pressed anywhere in `win`, before the page's own handlers, which
 * never see that key press. For what the extension puts on a page (the reader's frame, the update
 * notice). Returns a function that stops listening.
 */
export function listenForEscape(win: Window, onEscape: () => void): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    onEscape();
  };
  win.addEventListener('keydown', onKeyDown, true);
  return () => win.removeEventListener('keydown', onKeyDown, true);
}
