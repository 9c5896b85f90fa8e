import { useEffect, useRef } from 'preact/hooks';

interface Props {
  onClose: () => void;
}

/** Every key of the reader, in one list: what `?` shows. */
export const READER_KEYS: [string, string][] = [
  ['h', 'Highlight the selected text'],
  ['n', 'Highlight the selection and write a note (or the note of the focused highlight)'],
  ['j / k', 'Go to the next / previous highlight'],
  ['Delete', 'Remove the focused highlight'],
  ['[ / ]', 'Smaller / larger text'],
  ['t', 'Next theme'],
  ['l', 'Listen: start or pause reading aloud'],
  ['?', 'Show these keys'],
  ['Tab', 'Move between controls (and into the highlight menu)'],
  ['Esc', 'Close a menu, then the reader'],
];

/** The list of keys, as a dialog; Esc or its button closes it. */
export function KeyboardHelp({ onClose }: Props) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' && event.key !== '?') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };
  return (
    <div class="keyboard-help" role="dialog" aria-modal="true" aria-labelledby="keys-title" onKeyDown={onKeyDown}>
      <h2 id="keys-title">Keyboard</h2>
      <dl>
        {READER_KEYS.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button ref={close} type="button" class="primary" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
