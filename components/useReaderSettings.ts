import { useEffect, useState } from 'preact/hooks';
import type { ReaderSettings } from '@/utils/settings/reader-settings';
import { saveSettings, watchSettings } from '@/utils/settings/settings-store';
import { applySettings } from '@/utils/settings/themes';

const DARK = '(prefers-color-scheme: dark)';

/**
 * The reader's settings, starting from those applied before the first paint: every change is
 * shown at once, saved, and followed by readers in other tabs; "follow the system" follows it live.
 */
export function useReaderSettings(initial: ReaderSettings) {
  const [settings, setSettings] = useState(initial);

  useEffect(() => {
    const media = window.matchMedia?.(DARK);
    applySettings(document, settings, media?.matches ?? false);
    const onSystemChange = () => applySettings(document, settings, media.matches);
    media?.addEventListener('change', onSystemChange);
    return () => media?.removeEventListener('change', onSystemChange);
  }, [settings]);

  useEffect(() => watchSettings(setSettings), []);

  function change(changes: Partial<ReaderSettings>) {
    const next = { ...settings, ...changes };
    setSettings(next);
    void saveSettings(next).catch(() => {
      // Not remembered (storage refused): the change still applies while the reader is open.
    });
  }

  return { settings, change };
}
