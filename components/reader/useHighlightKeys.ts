import { useEffect, useRef } from 'preact/hooks';
import { DEFAULT_COLOR } from '@/utils/highlights/types';
import { isFreeKey, isInFieldOrDialog } from './reader-key-events';
import { highlightIdAt, type HighlightMenuState } from './useHighlightMenu';
import type { Highlights } from './useHighlights';

/**
 * The reader's highlight keys: `h` highlights the selection, `n` highlights it and opens the note
 * (or opens the focused highlight's note), `Delete` removes the focused highlight, `j`/`k` go to
 * the next/previous highlight, `Tab` enters an open menu and `Esc` leaves it. Keys typed into a
 * field or the note editor are left alone.
 */
export function useHighlightKeys(highlights: Highlights, menu: HighlightMenuState, active: boolean): void {
  const latest = useRef({ highlights, menu });
  latest.current = { highlights, menu };

  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isFreeKey(event)) return;
      const target = event.target instanceof Element ? event.target : null;
      if (isInFieldOrDialog(target)) return;
      const { highlights: h, menu: m } = latest.current;
      const doc = target?.ownerDocument ?? document;
      const inMenu = !!target?.closest('.highlight-menu');
      const focused = highlightIdAt(doc.activeElement) ?? (inMenu ? m.menu?.id : undefined);
      const hasSelection = doc.getSelection()?.isCollapsed === false;
      switch (event.key) {
        case 'h':
          h.highlightSelection();
          break;
        case 'n':
          if (hasSelection || !focused) h.highlightSelection(DEFAULT_COLOR, true);
          else m.editNote(focused);
          break;
        case 'Delete':
          if (!focused) return;
          void h.remove(focused);
          break;
        case 'j':
        case 'k': {
          const next = m.neighbour(focused, event.key === 'j' ? 1 : -1);
          if (!next) return;
          m.focusHighlight(next);
          break;
        }
        case 'Tab': {
          const first = doc.querySelector<HTMLElement>('.highlight-menu button');
          if (!m.menu || inMenu || event.shiftKey || !first) return;
          first.focus();
          break;
        }
        case 'Escape':
          // Closes the menu, not the reader (this listener runs first: capture phase).
          if (!m.menu) return;
          m.closeMenu();
          if (m.menu.id && inMenu) m.focusMark(m.menu.id);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [active]);
}
