import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ToggleOutcome } from '@/utils/extension/toggle-reader';
import { ShortcutHint } from './ShortcutHint';

interface Props {
  /** Why the reader cannot run on this tab, when that is known before trying. */
  restriction: string | null;
  /** The toggle-reader shortcut as the browser shows it; empty when none is set; null until the browser said. */
  shortcut: string | null;
  onRead: () => Promise<ToggleOutcome>;
  onOpenShortcutSettings: () => void;
  /** Opens the page listing every site's rules. */
  onOpenSiteRules: () => void;
  /** Called when the reader opened or closed: the popup's job is done. */
  onDone: () => void;
  /** What comes below: the library. */
  children?: ComponentChildren;
}

/** The toolbar popup: "Read this page" first and focused, how to do it from the keyboard, then the library. */
export function Popup({
  restriction,
  shortcut,
  onRead,
  onOpenShortcutSettings,
  onOpenSiteRules,
  onDone,
  children,
}: Props) {
  // What the last try said; until then, what is known of the tab (which may arrive after the first paint).
  const [outcome, setOutcome] = useState<string | null>(null);
  const message = outcome ?? restriction;
  const [busy, setBusy] = useState(false);
  const readButton = useRef<HTMLButtonElement>(null);

  // Focused from the start, so Enter reads the page the moment the popup opens.
  useEffect(() => readButton.current?.focus(), []);

  async function read() {
    setBusy(true);
    const result = await onRead().catch((): ToggleOutcome => ({
      status: 'restricted',
      message: i18n.t('popup.couldNotOpen'),
    }));
    setBusy(false);
    if (result.status === 'restricted') setOutcome(result.message);
    else onDone();
  }

  return (
    <main class="popup">
      <button ref={readButton} type="button" class="read" disabled={busy} onClick={read}>
        {i18n.t('popup.read')}
      </button>
      {message && (
        <p class="restricted" role="alert">
          {message}
        </p>
      )}
      {shortcut !== null && <ShortcutHint shortcut={shortcut} onOpenSettings={onOpenShortcutSettings} />}
      <button type="button" class="link-button site-rules-link" onClick={onOpenSiteRules}>
        {i18n.t('rules.manage')}
      </button>
      {children}
    </main>
  );
}
