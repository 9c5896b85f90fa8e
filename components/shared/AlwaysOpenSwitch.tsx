import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';

/** "Always open" as the browser keeps it (see utils/extension/always-open.ts). */
export interface AlwaysOpenControl {
  isOn(site: string): Promise<boolean>;
  /** Asks the browser for the site (its own prompt); resolves to false when the person declines. */
  turnOn(site: string): Promise<boolean>;
  turnOff(site: string): Promise<void>;
}

/**
 * "Open articles on SITE in the reader": a switch. Turning it on asks the browser for that one
 * site at this click; a person who declines keeps everything as it was and is told so.
 */
export function AlwaysOpenSwitch({ site, control }: { site: string; control: AlwaysOpenControl }) {
  // Null until the browser has said.
  const [on, setOn] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    control.isOn(site).then(setOn, () => setOn(false));
  }, [site]);

  async function toggle() {
    setBusy(true);
    setMessage(null);
    try {
      // First thing in the click: the browser shows its prompt only while the click is fresh.
      if (!on) {
        if (await control.turnOn(site)) setOn(true);
        else setMessage(i18n.t('alwaysOpen.declined', [site]));
      } else {
        await control.turnOff(site);
        setOn(false);
      }
    } catch (error) {
      console.error('Lucid Reader: always open', error);
      setMessage(i18n.t('alwaysOpen.failed'));
    }
    setBusy(false);
  }

  return (
    <div class="always-open">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={on === true}
          disabled={on === null || busy}
          onChange={() => void toggle()}
        />{' '}
        {i18n.t('alwaysOpen.label', [site])}
      </label>
      {message && <p role="status">{message}</p>}
    </div>
  );
}
