import { useLayoutEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ReaderLibrary } from '@/utils/extension/message-client';
import type { Article } from '@/utils/extract/article';
import type { Say } from '../shared/useAnnouncer';

/** The article's place in the library: whether it is saved, and how far it was read (0 to 1). */
export interface LibraryEntry {
  saved: boolean;
  progress: number;
}

/**
 * The article's entry in the library, as far as the reader knows it (null until the library has
 * answered for this article), and "Save", which keeps the article and says how that went.
 * `onSaved` is told when the article has just been saved (by Save or by a first highlight).
 */
export function useLibraryEntry(article: Article | null, library: ReaderLibrary, say: Say, onSaved?: () => void) {
  const [entry, setEntry] = useState<LibraryEntry | null>(null);
  useLayoutEffect(() => setEntry(null), [article]);
  const markSaved = () => {
    if (!entry?.saved) onSaved?.();
    setEntry((known) => ({ saved: true, progress: known?.progress ?? 0 }));
  };

  async function save(): Promise<void> {
    if (!article || entry?.saved) return;
    const reply = await library['save-article']({ article });
    if (!reply.ok) return say(reply.message, true);
    markSaved();
    say(i18n.t('library.savedNow'));
  }

  return {
    entry,
    /** What the library said when the article was opened; a save made meanwhile stays saved. */
    learn: (known: LibraryEntry) =>
      setEntry((before) => ({ saved: known.saved || !!before?.saved, progress: known.progress })),
    /** A highlight was kept: the article is saved with it. */
    markSaved,
    save,
  };
}

export type LibraryEntryState = ReturnType<typeof useLibraryEntry>;
