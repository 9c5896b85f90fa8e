import { i18n } from '#i18n';
import type { Say } from '../shared/useAnnouncer';

/** Copies `text` to the clipboard and says whether it could. */
export async function copyText(text: string, say: Say): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    say(i18n.t('highlight.copied'));
  } catch {
    say(i18n.t('highlight.copyBlocked'), true);
  }
}
