import { useEffect, useRef } from 'preact/hooks';
import { isFreeKey, isInFieldOrDialog } from './reader-key-events';

export interface ReaderKeyActions {
  smaller: () => void;
  larger: () => void;
  nextTheme: () => void;
  showKeys: () => void;
  listen: () => void;
  save: () => void;
  /** Esc: close what is open on top, else the reader. */
  escape: () => void;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(scope: ParentNode): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.checkVisibility?.() !== false);
}

/**
 * Keeps Tab inside the reader: in the frame over the page, Tab past the last control would move
 * focus into the page beneath, which the reader hides. From the last control (or past it) focus
 * goes to the first, and Shift+Tab from the first to the last.
 */
function trapTab(event: KeyboardEvent, doc: Document): void {
  const active = doc.activeElement;
  // A modal dialog (the list of keys) keeps focus to itself.
  const scope = active?.closest('[aria-modal="true"]') ?? doc;
  const list = focusables(scope);
  if (list.length === 0 || !active) return;
  const at = list.indexOf(active as HTMLElement);
  let next: HTMLElement | undefined;
  if (at >= 0)
    next = event.shiftKey ? (at === 0 ? list.at(-1) : undefined) : at === list.length - 1 ? list[0] : undefined;
  else {
    // Focus is on something reached by script (the text, a highlight): go on from where it is.
    const after = list.filter((el) => active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    const before = list.filter((el) => active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
    next = event.shiftKey ? (before.at(-1) ?? list.at(-1)) : (after[0] ?? list[0]);
  }
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/**
 * The reader's own keys: `[` / `]` text size, `t` next theme, `?` the list of keys, `l` listen, `s` save,
 * Esc (wherever focus is, unless something nearer handled it); and Tab kept inside the reader.
 * Other keys typed into a field or a dialog are left alone.
 */
export function useReaderKeys(actions: ReaderKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        return latest.current.escape();
      }
      if (!isFreeKey(event)) return;
      const target = event.target instanceof Element ? event.target : null;
      if (event.key === 'Tab') return trapTab(event, target?.ownerDocument ?? document);
      if (isInFieldOrDialog(target)) return;
      const action = { '[': 'smaller', ']': 'larger', t: 'nextTheme', '?': 'showKeys', l: 'listen', s: 'save' }[
        event.key
      ] as keyof ReaderKeyActions | undefined;
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
