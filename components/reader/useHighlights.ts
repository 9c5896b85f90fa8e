import type { RefObject } from 'preact';
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ReaderLibrary } from '@/utils/extension/message-client';
import type { Article } from '@/utils/extract/article';
import type { HighlightLayer } from '@/utils/highlights/highlight-layer';
import { DEFAULT_COLOR, type Highlight, type HighlightColor } from '@/utils/highlights/types';
import { articleIdFor } from '@/utils/library/article-id';
import type { HighlightChanges } from '@/utils/library/highlight-store';
import type { Say } from '../shared/useAnnouncer';
import type { HighlightMenuState } from './useHighlightMenu';
import type { LibraryEntryState } from './useLibraryEntry';

interface Options {
  article: Article | null;
  body: RefObject<HTMLElement | null>;
  layer: RefObject<HighlightLayer | null>;
  library: ReaderLibrary;
  say: Say;
  menu: HighlightMenuState;
  /** Told what the library said about the article, and when a highlight saved it. */
  entry: Pick<LibraryEntryState, 'learn' | 'markSaved'>;
}

/**
 * The highlights of the article being read: loads and draws the saved ones, makes new ones from
 * the selection, and changes, re-attaches or removes them. Every change is drawn at once and sent
 * to the library; when the library refuses, the drawing is undone and the reason announced.
 */
export function useHighlights({ article, body, layer, library, say, menu, entry }: Options) {
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [unreadable, setUnreadable] = useState(0);
  // The marks live outside Preact's tree; this counter re-renders what lists them.
  const [, setDrawn] = useState(0);
  const redraw = () => setDrawn((n) => n + 1);
  const articleId = useMemo(() => article && articleIdFor(article), [article]);

  const selectFirst = () => say(i18n.t('highlight.selectFirst'));
  const selectToAttach = () => say(i18n.t('highlight.selectToAttach'));

  useLayoutEffect(() => {
    const current = layer.current;
    if (!articleId || !current) return;
    setHighlights([]);
    setUnreadable(0);
    let live = true;
    void library['load-highlights']({ articleId }).then((reply) => {
      if (!live) return;
      if (!reply.ok) {
        entry.learn({ saved: false, progress: 0 });
        return say(reply.message, true);
      }
      // Highlights made while loading are already drawn (and in state); the loaded ones join them.
      const fresh = reply.highlights.filter((h) => !current.has(h.id));
      current.placeAll(fresh);
      setHighlights((made) => [...fresh, ...made]);
      setUnreadable(reply.unreadable);
      entry.learn(reply);
      redraw();
    });
    return () => {
      live = false;
    };
  }, [article]);

  const byId = new Map(highlights.map((h) => [h.id, h]));
  const find = (id: string) => byId.get(id);

  /** The current selection and its selectors in the article; null selectors when it holds none of it. */
  function selectedSelectors() {
    const selection = body.current?.ownerDocument.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    return { selection, selectors: (range && layer.current?.describe(range)) ?? null };
  }

  function replace(next: Highlight) {
    setHighlights((all) => all.map((h) => (h.id === next.id ? next : h)));
  }

  function forget(id: string) {
    layer.current?.erase(id);
    setHighlights((all) => all.filter((h) => h.id !== id));
    menu.forget(id);
    redraw();
  }

  /** Highlights the current selection; with `withNote`, opens the note editor on it. */
  function highlightSelection(color: HighlightColor = DEFAULT_COLOR, withNote = false): void {
    const { selection, selectors } = selectedSelectors();
    if (!article || !articleId || !layer.current || !selectors) return selectFirst();
    const now = Date.now();
    const highlight: Highlight = {
      id: crypto.randomUUID(),
      articleId,
      selectors,
      color,
      note: '',
      createdAt: now,
      updatedAt: now,
    };
    if (!layer.current.place(highlight)) return selectFirst();
    selection!.removeAllRanges();
    setHighlights((all) => [...all, highlight]);
    menu.closeMenu();
    if (withNote) menu.editNote(highlight.id);
    redraw();
    void library['save-highlight']({ article, highlight }).then((reply) => {
      if (reply.ok) {
        entry.markSaved();
        return say(i18n.t('highlight.saved'));
      }
      forget(highlight.id);
      say(reply.message, true);
    });
  }

  /** Applies `changes` at once and keeps them when the library agrees; false when it did not. */
  async function change(id: string, changes: HighlightChanges): Promise<boolean> {
    const before = find(id);
    if (!before) return false;
    const after = { ...before, ...changes, updatedAt: Date.now() };
    replace(after);
    layer.current?.update(after);
    const reply = await library['update-highlight']({ id, changes });
    if (reply.ok && reply.updated) return true;
    if (reply.ok) {
      forget(id);
      say(i18n.t('highlight.gone'), true);
    } else {
      replace(before);
      layer.current?.update(before);
      say(reply.message, true);
    }
    return false;
  }

  async function remove(id: string): Promise<void> {
    const removed = find(id);
    if (!removed) return;
    const next = menu.neighbour(id, 1) ?? menu.neighbour(id, -1);
    forget(id);
    const reply = await library['delete-highlight']({ id });
    if (!reply.ok) {
      // Not deleted after all: show it again where it was.
      layer.current?.place(removed);
      setHighlights((all) => [...all, removed]);
      redraw();
      return say(reply.message, true);
    }
    say(i18n.t('highlight.removed'));
    if (next) menu.focusMark(next);
  }

  /** Moves an orphaned highlight onto the current selection. */
  async function reattach(id: string): Promise<void> {
    const { selection, selectors } = selectedSelectors();
    const orphan = find(id);
    if (!selectors || !orphan || !layer.current) return selectToAttach();
    const moved = { ...orphan, selectors };
    if (!layer.current.place(moved)) return selectToAttach();
    selection!.removeAllRanges();
    redraw();
    if (await change(id, { selectors })) say(i18n.t('highlight.attached'));
    else {
      layer.current.erase(id);
      redraw();
    }
  }

  const order = layer.current?.inOrder() ?? [];
  return {
    /** In reading order. */
    placed: order.flatMap(({ id }) => (byId.has(id) ? [byId.get(id)!] : [])),
    orphans: highlights.filter((h) => !layer.current?.has(h.id)),
    unreadable,
    highlight: find,
    highlightSelection,
    change,
    remove,
    reattach,
    /** The text a highlight covers as shown now. */
    textOf(id: string): string {
      const anchor = layer.current?.anchorOf(id);
      return anchor ? layer.current!.text.slice(anchor.start, anchor.end) : (find(id)?.selectors.quote.exact ?? '');
    },
  };
}

export type Highlights = ReturnType<typeof useHighlights>;
