/** A key pressed alone (no Ctrl, Alt or Meta) that nothing has handled yet: one the reader may take. */
export function isFreeKey(event: KeyboardEvent): boolean {
  return !event.defaultPrevented && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** Whether a key pressed in `target` is someone else's: typing in a field, or a dialog's own keys. */
export function isInFieldOrDialog(target: Element | null): boolean {
  return !!target?.closest('textarea, input, select, [role="dialog"]');
}
