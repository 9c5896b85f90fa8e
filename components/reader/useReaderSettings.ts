import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ReaderSettings } from '@/utils/settings/reader-settings';
import { saveSettings, watchSettings } from '@/utils/settings/settings-store';
import { applySettings } from '@/utils/settings/themes';

const DARK = '(prefers-color-scheme: dark)';

/**
 * The reader's settings: applied before the first paint (a layout effect runs within `render`),
 * every change shown at once, saved, and followed by readers in other tabs; "follow the system"
 * follows the system live.
 */
export function useReaderSettings(initial: ReaderSettings) {
  const [settings, setSettings] = useState(initial);
  // Keys pressed faster than a render each build on the one before: `[` `[` is two steps.
  const latest = useRef(initial);
  latest.current = settings;
  // What this reader wrote and has not yet heard back: storage echoes each write to every watcher,
  // and an echo of an older write must not undo a newer change.
  const written = useRef<string[]>([]);

  useLayoutEffect(() => {
    const media = window.matchMedia?.(DARK);
    const apply = () => applySettings(document, settings, media?.matches ?? false);
    apply();
    media?.addEventListener('change', apply);
    return () => media?.removeEventListener('change', apply);
  }, [settings]);

  useEffect(
    () =>
      watchSettings((stored) => {
        const echo = written.current.indexOf(JSON.stringify(stored));
        if (echo >= 0) written.current.splice(0, echo + 1);
        else setSettings(stored); // changed in another tab
      }),
    [],
  );

  /** Applies changes, or a function of the current settings that returns them. */
  function change(changes: Partial<ReaderSettings> | ((current: ReaderSettings) => Partial<ReaderSettings>)) {
    const next = { ...latest.current, ...(typeof changes === 'function' ? changes(latest.current) : changes) };
    latest.current = next;
    setSettings(next);
    written.current.push(JSON.stringify(next));
    void saveSettings(next).catch(() => {
      // Not remembered (storage refused): the change still applies while the reader is open.
    });
  }

  return { settings, change };
}
