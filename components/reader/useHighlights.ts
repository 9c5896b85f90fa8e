import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Article } from '@/utils/extract/article';
import { HighlightLayer } from '@/utils/highlights/highlight-layer';
import { DEFAULT_COLOR, type Highlight, type HighlightColor } from '@/utils/highlights/types';
import { articleIdFor } from '@/utils/library/article-id';
import type { HighlightChanges } from '@/utils/library/highlight-store';
import type { ReaderLibrary } from '@/utils/extension/message-client';

/** Where the highlight menu shows, in document coordinates, and what it acts on. */
export interface MenuState {
  /** The highlight it acts on; undefined for a fresh selection. */
  id?: string;
  top: number;
  left: number;
  /** Below the text instead of above it (no room above). */
  below: boolean;
}

export interface Announcement {
  text: string;
  /** Alerts interrupt (something failed); the rest is said politely. */
  urgent: boolean;
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
 * The highlights of the article being read: loads and draws the saved ones, makes new ones from
 * the selection, and changes, re-attaches or removes them. Every change is drawn at once and sent
 * to the library; when the library refuses, the drawing is undone and the reason announced.
 */
export function useHighlights(article: Article | null, body: RefObject<HTMLElement | null>, library: ReaderLibrary) {
  const layer = useRef<HighlightLayer | null>(null);
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [unreadable, setUnreadable] = useState(0);
  /** The article's place in the library once loaded: whether it is saved, and how far it was read. */
  const [entry, setEntry] = useState<{ saved: boolean; progress: number } | null>(null);
  const markSaved = () => setEntry((known) => ({ saved: true, progress: known?.progress ?? 0 }));
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  // The marks live outside Preact's tree; this counter re-renders what lists them.
  const [, setDrawn] = useState(0);
  const redraw = () => setDrawn((n) => n + 1);
  const articleId = useMemo(() => article && articleIdFor(article), [article]);

  const say = (text: string, urgent = false) => setAnnouncement({ text, urgent });
  const selectFirst = () => say(i18n.t('highlight.selectFirst'));
  const selectToAttach = () => say(i18n.t('highlight.selectToAttach'));

  useLayoutEffect(() => {
    if (!articleId || !body.current) return;
    const current = new HighlightLayer(body.current);
    layer.current = current;
    setHighlights([]);
    setUnreadable(0);
    setEntry(null);
    let live = true;
    void library['load-highlights']({ articleId }).then((reply) => {
      if (!live) return;
      if (!reply.ok) {
        setEntry({ saved: false, progress: 0 });
        return say(reply.message, true);
      }
      // Highlights made while loading are already drawn (and in state); the loaded ones join them.
      const fresh = reply.highlights.filter((h) => !current.has(h.id));
      current.placeAll(fresh);
      setHighlights((made) => [...fresh, ...made]);
      setUnreadable(reply.unreadable);
      setEntry((known) => ({ saved: reply.saved || !!known?.saved, progress: reply.progress }));
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
    setMenu((m) => (m?.id === id ? null : m));
    setEditing((e) => (e === id ? null : e));
    redraw();
  }

  /** Highlights the current selection; with `withNote`, opens the note editor on it. */
  function highlightSelection(color: HighlightColor = DEFAULT_COLOR, withNote = false): void {
    const { selection, selectors } = selectedSelectors();
    if (!article || !articleId || !layer.current || !selectors) return selectFirst();
    const now = Date.now();
    const highlight: Highlight = { id: crypto.randomUUID(), articleId, selectors, color, note: '', createdAt: now, updatedAt: now };
    if (!layer.current.place(highlight)) return selectFirst();
    selection!.removeAllRanges();
    setHighlights((all) => [...all, highlight]);
    setMenu(null);
    if (withNote) setEditing(highlight.id);
    redraw();
    void library['save-highlight']({ article, highlight }).then((reply) => {
      if (reply.ok) {
        markSaved();
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
    const order = layer.current?.inOrder() ?? [];
    const at = order.findIndex((placed) => placed.id === id);
    const next = (order[at + 1] ?? order[at - 1])?.id;
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
    if (next) focusMark(next);
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

  /** The placed highlight `step` places after (or before) `id` in reading order. */
  function neighbour(id: string | undefined, step: 1 | -1): string | undefined {
    const order = layer.current?.inOrder() ?? [];
    const at = order.findIndex((placed) => placed.id === id);
    if (at < 0) return (step === 1 ? order[0] : order.at(-1))?.id;
    return order[at + step]?.id;
  }

  const focusMark = (id: string) => layer.current?.firstMark(id)?.focus({ preventScroll: true });

  /** Keeps the article in the library without a highlight. */
  async function saveArticle(): Promise<void> {
    if (!article || entry?.saved) return;
    const reply = await library['save-article']({ article });
    if (!reply.ok) return say(reply.message, true);
    markSaved();
    say(i18n.t('library.savedNow'));
  }

  /** Scrolls to a highlight, focuses it and shows its menu. */
  function focusHighlight(id: string) {
    const mark = layer.current?.firstMark(id);
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
    setMenu({ id, ...menuAt(mark.getBoundingClientRect(), mark.ownerDocument.defaultView!) });
  }

  async function copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      say(i18n.t('highlight.copied'));
    } catch {
      say(i18n.t('highlight.copyBlocked'), true);
    }
  }

  /** The text a highlight covers as shown now. */
  function textOf(id: string): string {
    const anchor = layer.current?.anchorOf(id);
    return anchor ? layer.current!.text.slice(anchor.start, anchor.end) : (find(id)?.selectors.quote.exact ?? '');
  }

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
      if (doc.getSelection()?.isCollapsed) setMenu((m) => (m && !m.id && !doc.activeElement?.closest('.highlight-menu') ? null : m));
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

  const order = layer.current?.inOrder() ?? [];
  return {
    placed: order.flatMap(({ id }) => (byId.has(id) ? [byId.get(id)!] : [])),
    orphans: highlights.filter((h) => !layer.current?.has(h.id)),
    unreadable,
    /** Null until the library has answered. */
    entry,
    saveArticle,
    menu,
    setMenu,
    editing,
    /** Opens the note editor on a highlight (it takes the menu's place), or closes it with null. */
    editNote: (id: string | null) => {
      setEditing(id);
      if (id) setMenu(null);
    },
    announcement,
    dismissAnnouncement: () => setAnnouncement(null),
    highlight: (id: string) => byId.get(id),
    highlightSelection,
    change,
    remove,
    reattach,
    neighbour,
    focusMark,
    focusHighlight,
    copy,
    textOf,
  };
}

export type Highlights = ReturnType<typeof useHighlights>;
