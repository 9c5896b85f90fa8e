import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';

interface Props {
  onClose: () => void;
  /** Controls for what is shown (the highlights button), before Close. */
  children?: ComponentChildren;
}

/** The reader's controls, out of the text's way. */
export function ReaderToolbar({ onClose, children }: Props) {
  return (
    <nav class="reader-toolbar" aria-label={i18n.t('reader.toolbar')}>
      {children}
      <button
        type="button"
        class="icon-button"
        onClick={onClose}
        aria-label={i18n.t('reader.close')}
        title={i18n.t('reader.closeTitle')}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </button>
    </nav>
  );
}
