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
          Shortcut: <kbd>{shortcut}</kbd>
        </>
      ) : (
        'No keyboard shortcut set.'
      )}{' '}
      <a
        href="#"
        onClick={(event) => {
          event.preventDefault();
          onOpenSettings();
        }}
      >
        {shortcut ? 'Change' : 'Set one'}
      </a>
    </p>
  );
}
