import { i18n } from '#i18n';
import type { Announcement } from './useAnnouncer';

interface Props {
  announcement: Announcement | null;
  /** The class of the alert, styled by each page. */
  alertClass: string;
  /** Given, the alert has a button that hides it. */
  onDismiss?: () => void;
}

/**
 * Where a page's announcements are said: politely, to screen readers only; or, when urgent, as an
 * alert that is shown too. Both regions are always in the page, so a screen reader hears a change.
 */
export function LiveRegion({ announcement, alertClass, onDismiss }: Props) {
  const urgent = announcement?.urgent ? announcement.text : null;
  return (
    <>
      <div class="visually-hidden" role="status">
        {announcement && !announcement.urgent ? announcement.text : ''}
      </div>
      <div class={alertClass} role="alert">
        {urgent && onDismiss ? (
          <>
            <span>{urgent}</span>
            <button type="button" class="link-button" onClick={onDismiss}>
              {i18n.t('highlight.dismiss')}
            </button>
          </>
        ) : (
          urgent
        )}
      </div>
    </>
  );
}
