import { i18n } from '#i18n';

/**
 * Formats the article's published time for the reader's locale, e.g. "24 December 2016".
 * Returns null when the value is missing or not a date, so nothing wrong is ever shown.
 */
export function formatPublished(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // A date without a time is midnight UTC: format it in UTC so it never shifts to the day before.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** "1 min read", "12 min read": the estimate the article record carries, never less than one minute. */
export function formatReadingTime(minutes: number): string {
  return i18n.t('reader.minRead', [String(Math.max(1, Math.round(minutes)))]);
}

/** The host a person recognises ("www." dropped), or the URL itself when it does not parse. */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
