import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ImagesProgressListener } from '@/utils/extension/images-progress';
import type { ReaderLibrary } from '@/utils/extension/message-client';

/** What the reader needs to keep images with what it saves, from the page that shows it. */
export interface ImageKeeping {
  /** Whether images are kept now (the person granted the image hosts); null where this page cannot tell. */
  keeps(): Promise<boolean | null>;
  /** Whether to ask "Keep images with saved articles?" on this save (asked once). */
  shouldAsk(): Promise<boolean>;
  /** The browser's own prompt; call it straight from the click. True when granted. */
  ask(): Promise<boolean>;
  /** "Not now": the reader does not ask again. */
  decline(): void;
  /** Listens to the progress of keeping images; returns how to stop. */
  listen(listener: ImagesProgressListener): () => void;
}

/** Where keeping the article's images stands, as the reader shows it. */
export type KeptImagesState =
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'keeping'; done: number; total: number | null }
  | { kind: 'done'; message: string; failed: boolean };

const FAILED_NAMES_SHOWN = 5;

/** The images' file names, for a sentence: "a.png, b.jpg and 3 more". */
function imageNames(addresses: string[]): string {
  const names = addresses.map((address) => decodeURI(new URL(address).pathname.split('/').pop() || address));
  const shown = names.slice(0, FAILED_NAMES_SHOWN).join(', ');
  return names.length > FAILED_NAMES_SHOWN ? `${shown} (+${names.length - FAILED_NAMES_SHOWN})` : shown;
}

/**
 * Keeping the images of the article being read, once it is saved: asks first (once), then has
 * the library fetch them and shows how far it got ("Keeping images: 12 of 20") and how it went.
 * Without `images` (nothing to keep them with), it stays idle.
 */
export function useKeptImages(articleId: string | null, library: ReaderLibrary, images: ImageKeeping | undefined) {
  const [state, setState] = useState<KeptImagesState>({ kind: 'idle' });
  // The article whose images are being kept or asked about: each is handled once per reading.
  const handled = useRef<string | null>(null);

  useEffect(() => {
    setState({ kind: 'idle' });
    handled.current = null;
  }, [articleId]);

  useEffect(
    () =>
      images?.listen((id, { done, total }) => {
        if (id === handled.current)
          setState((now) => (now.kind === 'keeping' ? { kind: 'keeping', done, total } : now));
      }),
    [images],
  );

  /** Has the library keep the images; `expected`: the hosts are known to be granted, so a refusal is news. */
  async function keep(id: string, expected: boolean): Promise<void> {
    setState({ kind: 'keeping', done: 0, total: null });
    const reply = await library['keep-images']({ articleId: id });
    if (handled.current !== id) return;
    if (!reply.ok) return setState({ kind: 'done', message: reply.message, failed: true });
    if (!reply.allowed)
      return setState(
        expected ? { kind: 'done', message: i18n.t('images.notAllowed'), failed: true } : { kind: 'idle' },
      );
    if (reply.total === 0) return setState({ kind: 'idle' });
    if (reply.quota)
      return setState({ kind: 'done', message: i18n.t('images.quota', [imageNames(reply.failed)]), failed: true });
    setState({
      kind: 'done',
      message: i18n.t('images.kept', [String(reply.kept), String(reply.total)]),
      failed: false,
    });
  }

  return {
    state,
    /** The article has just been saved: keep its images, or ask whether to. */
    async saved(): Promise<void> {
      if (!images || !articleId || handled.current === articleId) return;
      handled.current = articleId;
      const keeps = await images.keeps();
      // Unknown here: the library checks, and says nothing if they are not kept.
      if (keeps !== false) return keep(articleId, keeps === true);
      if (await images.shouldAsk()) setState({ kind: 'asking' });
    },
    /** "Keep images": the browser asks for the hosts; granted, the images are fetched. */
    accept(): void {
      const id = handled.current;
      if (!images || !id) return;
      setState({ kind: 'idle' });
      void images.ask().then((granted) => (granted ? keep(id, true) : undefined));
    },
    decline(): void {
      images?.decline();
      setState({ kind: 'idle' });
    },
  };
}
