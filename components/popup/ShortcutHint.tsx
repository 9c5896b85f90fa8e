import { i18n } from '#i18n';

interface Props {
  shortcut: string;
  onOpenSettings: () => void;
}

/** The current keyboard shortcut, and the way to change it in the browser's settings. */
export function ShortcutHint({ shortcut, onOpenSettings }: Props) {
  return (
    <p class="shortcut">
      {shortcut ? (
        <>
          {i18n.t('popup.shortcut')} <kbd>{shortcut}</kbd>
        </>
      ) : (
        i18n.t('popup.noShortcut')
      )}{' '}
      <a
        href="#"
        onClick={(event) => {
          event.preventDefault();
          onOpenSettings();
        }}
      >
        {shortcut ? i18n.t('popup.changeShortcut') : i18n.t('popup.setShortcut')}
      </a>
    </p>
  );
}
