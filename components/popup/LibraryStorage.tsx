import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatBytes } from '@/utils/format-bytes';

interface Props {
  /** The room the library takes on disk, in bytes; null when the browser does not say. */
  usage: Promise<number | null>;
  /** Whether images are kept with saved articles now. */
  keepsImages: () => Promise<boolean>;
  /** Turns keeping images on (the browser asks; call from the click) or off; resolves to the new state. */
  onKeepImages: (keep: boolean) => Promise<boolean>;
  locale?: string;
}

/** Below the library: how much room it takes, and whether saved articles keep their images. */
export function LibraryStorage({ usage, keepsImages, onKeepImages, locale }: Props) {
  const [bytes, setBytes] = useState<number | null>(null);
  const [keeps, setKeeps] = useState<boolean | null>(null);
  useEffect(() => {
    void usage.then(setBytes);
    void keepsImages().then(setKeeps);
  }, []);
  return (
    <section class="library-storage">
      {bytes !== null && <p class="library-size">{i18n.t('images.librarySize', [formatBytes(bytes, locale)])}</p>}
      <label>
        <input
          type="checkbox"
          checked={keeps ?? false}
          disabled={keeps === null}
          onChange={(event) => void onKeepImages(event.currentTarget.checked).then(setKeeps)}
        />{' '}
        {i18n.t('images.setting')}
      </label>
    </section>
  );
}
