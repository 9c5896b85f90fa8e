// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Reader } from '@/components/reader/Reader';
import type { ImageKeeping } from '@/components/reader/useKeptImages';
import type { ImagesProgressListener } from '@/utils/extension/images-progress';
import type { ReaderLibrary } from '@/utils/extension/message-client';
import type { ArticleReply } from '@/utils/extension/messages';
import type { KeptImagesOutcome } from '@/utils/library/keep-images';
import { DEFAULT_SETTINGS } from '@/utils/settings/reader-settings';
import { stubLayout } from '../support/jsdom-layout';
import { freshLibrary, sampleArticle } from '../support/library';
import { readerLibrary } from '../support/reader-library';
import { useRenderRoot } from '../support/render-root';
import { buttonNamed, settle } from '../support/ui-actions';

const root = useRenderRoot();
stubLayout();

const SRCS = ['https://img.example/harbour.png', 'https://img.example/chart.svg'];
const withImages = {
  ...sampleArticle,
  html: `<p>The two leaders had a phone conversation.</p>${SRCS.map((src) => `<img src="${src}" alt="">`).join('')}`,
};

/** Keeping images as the reader sees it: granted or not, asked before or not; progress told by `tell`. */
function keeping({ keeps = false as boolean | null, shouldAsk = true, grants = true } = {}) {
  const listeners = new Set<ImagesProgressListener>();
  const images: ImageKeeping = {
    keeps: vi.fn(async () => keeps),
    shouldAsk: vi.fn(async () => shouldAsk),
    ask: vi.fn(async () => grants),
    decline: vi.fn(),
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const tell: ImagesProgressListener = (id, progress) => listeners.forEach((listener) => listener(id, progress));
  return { images, tell };
}

/** A library that saves for real and answers keep-images when `finish` is called. */
function libraryKeeping() {
  let finish: ((outcome: KeptImagesOutcome) => void) | undefined;
  const keep = vi.fn(
    (_fields: { articleId: string }) =>
      new Promise<{ ok: true; allowed: true } & KeptImagesOutcome>((resolve) => {
        finish = (outcome) => resolve({ ok: true, allowed: true, ...outcome });
      }),
  );
  const library: ReaderLibrary = { ...readerLibrary(freshLibrary()), 'keep-images': keep };
  return { library, keep, finish: (outcome: KeptImagesOutcome) => act(async () => finish?.(outcome)) };
}

async function open(library: ReaderLibrary, images: ImageKeeping, reply: Partial<ArticleReply> = {}) {
  await act(async () => {
    render(
      <Reader
        loadArticle={async () => ({ ok: true, readerable: true, article: withImages, ...reply }) as ArticleReply}
        onClose={vi.fn()}
        settings={DEFAULT_SETTINGS}
        library={library}
        images={images}
      />,
      root(),
    );
  });
  await settle();
}

async function click(name: string) {
  await act(async () => buttonNamed(root(), name)!.click());
  await settle();
}

const note = () => root().querySelector('.images-note')?.textContent;
const loading = () => [...root().querySelectorAll('article img')].map((img) => img.getAttribute('loading'));
/** Whether the article is still laid out only where in view, as before its first paint. */
const unpainted = () => root().querySelector('article')?.hasAttribute('data-unpainted');
const outcome = (changes: Partial<KeptImagesOutcome>): KeptImagesOutcome => ({
  done: 2,
  total: 2,
  kept: 2,
  skipped: 0,
  failed: [],
  quota: false,
  ...changes,
});

describe('keeping images from the reader', () => {
  it('asks on the first save; Keep images asks the browser, then counts the images in and says how it went', async () => {
    const { library, keep, finish } = libraryKeeping();
    const { images, tell } = keeping();
    await open(library, images);
    expect(note()).toBeUndefined();
    await click('Save');
    expect(root().querySelector('[role="group"]')?.textContent).toContain('Keep images with saved articles?');
    expect(keep).not.toHaveBeenCalled();

    await click('Keep images');
    expect(images.ask).toHaveBeenCalledOnce();
    expect(keep).toHaveBeenCalledWith({ articleId: expect.stringContaining('news.example') });
    await act(async () => tell(keep.mock.calls[0]![0].articleId, { done: 1, total: 2 }));
    expect(note()).toBe('Keeping images: 1 of 2');
    await finish(outcome({}));
    expect(note()).toBe('Kept 2 of 2 images with the article.');
  });

  it('keeps the text only when the person says Not now, and does not ask again', async () => {
    const { library, keep } = libraryKeeping();
    const { images } = keeping();
    await open(library, images);
    await click('Save');
    await click('Not now');
    expect(images.decline).toHaveBeenCalledOnce();
    expect(images.ask).not.toHaveBeenCalled();
    expect(keep).not.toHaveBeenCalled();
    expect(note()).toBeUndefined();
  });

  it('keeps the images at once when they are kept already, and names those a full disk refused', async () => {
    const { library, keep, finish } = libraryKeeping();
    const { images } = keeping({ keeps: true });
    await open(library, images);
    await click('Save');
    expect(images.shouldAsk).not.toHaveBeenCalled();
    expect(keep).toHaveBeenCalledOnce();
    await finish(outcome({ kept: 0, failed: SRCS, quota: true }));
    const alert = root().querySelector('.images-note[role="alert"]')?.textContent;
    expect(alert).toContain('harbour.png, chart.svg');
    expect(alert).toContain('The text is saved.');
  });

  it('where it cannot tell whether images are kept, leaves it to the library and says nothing when they are not', async () => {
    const refusing = {
      ...readerLibrary(freshLibrary()),
      'keep-images': vi.fn(async () => ({ ok: true as const, allowed: false as const })),
    };
    const { images } = keeping({ keeps: null });
    await open(refusing, images);
    await click('Save');
    expect(refusing['keep-images']).toHaveBeenCalledOnce();
    expect(images.shouldAsk).not.toHaveBeenCalled();
    expect(note()).toBeUndefined();
  });

  it('where it cannot tell, shows how it went when the library kept them', async () => {
    const { library, finish } = libraryKeeping();
    await open(library, keeping({ keeps: null }).images);
    await click('Save');
    await finish(outcome({}));
    expect(note()).toBe('Kept 2 of 2 images with the article.');
  });

  it('shows a saved article’s kept images from their copies, and the others from their site', async () => {
    const { library } = libraryKeeping();
    const { images } = keeping();
    await open(library, images, { imageUrls: new Map([[SRCS[0]!, 'blob:chrome-extension://x/1']]) });
    expect([...root().querySelectorAll('article img')].map((img) => img.getAttribute('src'))).toEqual([
      'blob:chrome-extension://x/1',
      SRCS[1],
    ]);
  });

  it('lays out only the blocks in view until the text is first painted, then all of them', async () => {
    // The browser's next frame comes when the test says so.
    const waiting: FrameRequestCallback[] = [];
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => waiting.push(callback));
    try {
      await open(libraryKeeping().library, keeping().images);
      expect(unpainted()).toBe(true);
      await act(async () => waiting.splice(0).forEach((callback) => callback(performance.now())));
      await vi.waitFor(() => expect(unpainted()).toBe(false));
    } finally {
      frames.mockRestore();
    }
  });

  it('shows the text before the images after the first start loading, then loads them all, none on scroll', async () => {
    const gallery = ['a', 'b', 'c', 'd'].map((name) => `https://img.example/${name}.jpg`);
    // The browser's next frame comes when the test says so.
    const waiting: FrameRequestCallback[] = [];
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => waiting.push(callback));
    try {
      await open(libraryKeeping().library, keeping().images, {
        article: {
          ...sampleArticle,
          html: gallery.map((src) => `<p>Photograph</p><img src="${src}" alt="">`).join(''),
        },
      });
      // On the page before its first paint: the lead image loads, the others wait.
      expect(loading()).toEqual([null, 'lazy', 'lazy', 'lazy']);
      await act(async () => waiting.splice(0).forEach((callback) => callback(performance.now())));
      await vi.waitFor(() => expect(loading()).toEqual([null, 'eager', 'eager', 'eager']));
    } finally {
      frames.mockRestore();
    }
  });
});
