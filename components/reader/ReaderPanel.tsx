import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { closeOnEscape } from '../shared/close-on-escape';
import { useFocusOnShow } from '../shared/useFocusOnShow';

interface Props {
  id: string;
  /** The panel's name, as a screen reader announces it. */
  label: string;
  /** Classes besides `type-panel`, which places every panel under the toolbar. */
  class?: string;
  onClose: () => void;
  children: ComponentChildren;
}

/** A panel of the reader's toolbar: a dialog under it, focused as it shows, closed by Esc. */
export function ReaderPanel({ id, label, class: extra, onClose, children }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  useFocusOnShow(panel);
  return (
    <div
      ref={panel}
      id={id}
      class={extra ? `type-panel ${extra}` : 'type-panel'}
      role="dialog"
      aria-label={label}
      onKeyDown={closeOnEscape(onClose)}
    >
      {children}
    </div>
  );
}
