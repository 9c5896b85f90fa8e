import { i18n } from '#i18n';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date formatter, made once per kind: making one costs far more than using it (a list formats hundreds). */
function dateFormat(locale: string | undefined, dateStyle: 'long' | 'medium', utc: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${dateStyle}|${utc}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle, ...(utc ? { timeZone: 'UTC' } : {}) });
    formatters.set(key, format);
  }
  return format;
}

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
  return dateFormat(locale, 'long', dateOnly).format(date);
}

/** A moment (milliseconds since the epoch) as a short date in the reader's time zone, e.g. "5 Jan 2026". */
export function formatShortDate(ms: number, locale?: string): string {
  return dateFormat(locale, 'medium', false).format(ms);
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
