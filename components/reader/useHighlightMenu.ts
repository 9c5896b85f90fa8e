import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Article } from '@/utils/extract/article';
import type { HighlightLayer } from '@/utils/highlights/highlight-layer';

/** Where the highlight menu shows, in document coordinates, and what it acts on. */
export interface MenuState {
  /** The highlight it acts on; undefined for a fresh selection. */
  id?: string;
  top: number;
  left: number;
  /** Below the text instead of above it (no room above). */
  below: boolean;
}

function menuAt(rect: DOMRect, win: Window): Omit<MenuState, 'id'> {
  const below = rect.top < 64;
  return {
    top: (below ? rect.bottom + 8 : rect.top - 8) + win.scrollY,
    left: Math.min(Math.max(rect.left + rect.width / 2, 160), win.innerWidth - 160) + win.scrollX,
    below,
  };
}

/** The highlight a mark (or anything inside one) belongs to. */
export function highlightIdAt(node: EventTarget | Node | null): string | undefined {
  const el = node instanceof Element ? node : node instanceof Node ? node.parentElement : null;
  return el?.closest<HTMLElement>('mark[data-highlight-id]')?.dataset.highlightId;
}

/**
 * What shows over the article's text: the highlight menu, above a fresh selection or at the
 * highlight in focus, or the note editor, which takes the menu's place; and moving between
 * highlights in reading order.
 */
export function useHighlightMenu(
  article: Article | null,
  body: RefObject<HTMLElement | null>,
  layer: RefObject<HighlightLayer | null>,
) {
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const focusMark = (id: string) => layer.current?.firstMark(id)?.focus({ preventScroll: true });

  // A fresh selection in the article shows the menu above it; clearing it hides the menu.
  useEffect(() => {
    const root = body.current;
    if (!root || !article) return;
    const doc = root.ownerDocument;
    const win = doc.defaultView!;
    const onSelectionEnd = () => {
      const selection = doc.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!layer.current?.describe(range)) return;
      setMenu(menuAt(range.getBoundingClientRect(), win));
    };
    const onSelectionChange = () => {
      if (doc.getSelection()?.isCollapsed)
        setMenu((m) => (m && !m.id && !doc.activeElement?.closest('.highlight-menu') ? null : m));
    };
    const onMarkClick = (event: MouseEvent) => {
      const id = highlightIdAt(event.target);
      if (!id || !doc.getSelection()?.isCollapsed) return;
      focusMark(id);
      setMenu({ id, ...menuAt((event.target as Element).getBoundingClientRect(), win) });
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.shiftKey) onSelectionEnd();
    };
    // On the document: a drag that starts in the article may end beside it.
    doc.addEventListener('mouseup', onSelectionEnd);
    doc.addEventListener('keyup', onKeyUp);
    root.addEventListener('click', onMarkClick);
    doc.addEventListener('selectionchange', onSelectionChange);
    return () => {
      doc.removeEventListener('mouseup', onSelectionEnd);
      doc.removeEventListener('keyup', onKeyUp);
      root.removeEventListener('click', onMarkClick);
      doc.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [article]);

  return {
    /** Null when hidden. */
    menu,
    closeMenu: () => setMenu(null),
    /** A highlight is gone: its menu and its note editor close. */
    forget(id: string) {
      setMenu((m) => (m?.id === id ? null : m));
      setEditing((e) => (e === id ? null : e));
    },
    /** The highlight whose note is open in the editor, if any. */
    editing,
    /** Opens the note editor on a highlight (it takes the menu's place), or closes it with null. */
    editNote: (id: string | null) => {
      setEditing(id);
      if (id) setMenu(null);
    },
    focusMark,
    /** Scrolls to a highlight, focuses it and shows its menu. */
    focusHighlight(id: string) {
      const mark = layer.current?.firstMark(id);
      if (!mark) return;
      mark.scrollIntoView({ block: 'center' });
      mark.focus({ preventScroll: true });
      setMenu({ id, ...menuAt(mark.getBoundingClientRect(), mark.ownerDocument.defaultView!) });
    },
    /** The placed highlight `step` places after (or before) `id` in reading order. */
    neighbour(id: string | undefined, step: 1 | -1): string | undefined {
      const order = layer.current?.inOrder() ?? [];
      const at = order.findIndex((placed) => placed.id === id);
      if (at < 0) return (step === 1 ? order[0] : order.at(-1))?.id;
      return order[at + step]?.id;
    },
  };
}

export type HighlightMenuState = ReturnType<typeof useHighlightMenu>;
