// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Reader } from '@/components/reader/Reader';
import type { ArticleReply } from '@/utils/extension/messages';
import { articleIdFor } from '@/utils/library/article-id';
import { listArticles, loadSavedArticle, saveArticle, setProgress } from '@/utils/library/article-store';
import { saveHighlight } from '@/utils/library/highlight-store';
import type { LibraryDb } from '@/utils/library/library-db';
import { libraryInDatabase, type ReaderLibrary } from '@/utils/extension/message-client';
import { DEFAULT_SETTINGS } from '@/utils/settings/reader-settings';
import { stubLayout } from '../support/jsdom-layout';
import { freshLibrary, highlightOf, sampleArticle } from '../support/library';
import { readerLibrary } from '../support/reader-library';
import { useRenderRoot } from '../support/render-root';
import { buttonNamed, pressKey, settle } from '../support/ui-actions';

const root = useRenderRoot();
stubLayout();
const ID = articleIdFor(sampleArticle);

async function open(
  library: ReaderLibrary,
  loadArticle = async (): Promise<ArticleReply> => ({ ok: true, readerable: true, article: sampleArticle }),
  startAt?: string,
) {
  await act(async () => {
    render(
      <Reader
        loadArticle={loadArticle}
        onClose={vi.fn()}
        settings={DEFAULT_SETTINGS}
        library={library}
        startAt={startAt}
      />,
      root(),
    );
  });
  await settle();
}

const saveButton = () => buttonNamed(root(), 'Save') ?? buttonNamed(root(), 'Saved');
const titles = async (db: LibraryDb) => (await listArticles(db)).articles.map((a) => a.title);

describe('saving from the reader', () => {
  it('saves the article without a highlight with Save, and shows it as saved', async () => {
    const db = freshLibrary();
    await open(readerLibrary(db));
    expect(saveButton()?.textContent).toBe('Save');
    await act(async () => saveButton()!.click());
    await settle();
    expect(await titles(db)).toEqual(['Assad Thanks Putin']);
    expect(saveButton()?.textContent).toBe('Saved');
    expect(saveButton()?.getAttribute('aria-disabled')).toBe('true');
    expect(root().querySelector('[role="status"]')?.textContent).toBe('Saved to your library.');
  });

  it('saves with the s key too', async () => {
    const db = freshLibrary();
    await open(readerLibrary(db));
    await pressKey('s');
    await settle();
    expect(await titles(db)).toEqual(['Assad Thanks Putin']);
  });

  it('shows an article saved before as saved', async () => {
    const db = freshLibrary();
    await saveHighlight(db, sampleArticle, highlightOf(sampleArticle.text, 'the city'));
    await open(readerLibrary(db));
    expect(saveButton()?.textContent).toBe('Saved');
  });

  it('says why when the library cannot save, and stays unsaved', async () => {
    const db = freshLibrary();
    const library = {
      ...readerLibrary(db),
      'save-article': async () => ({ ok: false as const, message: 'No room left.' }),
    };
    await open(library);
    await act(async () => saveButton()!.click());
    await settle();
    expect(root().querySelector('[role="alert"]')?.textContent).toContain('No room left.');
    expect(saveButton()?.textContent).toBe('Save');
  });
});

/** Opens a saved article as the reader tab does: from the library, with the library at hand. */
async function openSaved(db: LibraryDb, startAt?: string) {
  await open(
    libraryInDatabase(db),
    async () => ({ ok: true as const, readerable: true, article: (await loadSavedArticle(db, ID))!.article }),
    startAt,
  );
  await settle(); // the article from the library, then its highlights
}

describe('a saved article in a tab of its own', () => {
  it('starts at the highlight it was opened at, focused', async () => {
    const db = freshLibrary();
    const highlight = highlightOf(sampleArticle.text, 'the city', { note: 'Aleppo' });
    await saveHighlight(db, sampleArticle, highlight);
    await openSaved(db, highlight.id);
    const mark = root().querySelector(`mark[data-highlight-id="${highlight.id}"]`);
    expect(mark?.textContent).toBe('the city');
    // Once the article has been painted (see useReadingPosition).
    await vi.waitFor(() => expect(document.activeElement).toBe(mark));
  });

  it('goes back to where the reader left off, and remembers the new place', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const db = freshLibrary();
      await saveArticle(db, ID, sampleArticle);
      await setProgress(db, ID, 0.6);
      // jsdom has no layout: the article is given a height (768 px of it in the window), and the
      // window scrolls by moving it up.
      let scrolled = 0;
      const scrollTo = vi
        .spyOn(window, 'scrollTo')
        .mockImplementation(((options: ScrollToOptions) => void (scrolled = options.top!)) as never);
      const rect = vi
        .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
        .mockImplementation(() => ({ top: -scrolled, height: 768 + 1000 }) as DOMRect);
      const library = libraryInDatabase(db);
      const written = vi.spyOn(library, 'set-progress');
      await act(async () => {
        render(
          <Reader
            loadArticle={async () => ({ ok: true, readerable: true, article: sampleArticle })}
            onClose={vi.fn()}
            settings={DEFAULT_SETTINGS}
            library={library}
          />,
          root(),
        );
      });
      // Once the article has been painted (see useReadingPosition).
      await vi.waitFor(() => expect(scrollTo).toHaveBeenCalledOnce());
      expect(scrolled).toBeCloseTo(600);
      scrolled = 900;
      window.dispatchEvent(new Event('scroll'));
      await act(async () => void (await vi.advanceTimersByTimeAsync(1_000)));
      expect(written).toHaveBeenCalledWith({ articleId: ID, progress: 0.9 });
      scrollTo.mockRestore();
      rect.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows why a saved article could not be loaded: it is no longer in the library', async () => {
    const db = freshLibrary();
    await open(libraryInDatabase(db), async () => ({
      ok: false,
      reason: 'unavailable',
      message: 'This article is no longer in your library.',
    }));
    expect(root().textContent).toContain('This article is no longer in your library.');
  });
});
