// Whether an engine's title, byline and publication date match a page's truth, one rule each.
import { comparable } from '../../tests/support/comparable-text';

/** Case, runs of whitespace and curly against straight quotes never decide a match. */
function loose(text: string): string {
  return comparable(text).toLowerCase();
}

/** The title is the truth's, exactly, once case, whitespace and quotes are normalised. */
export function titleMatches(found: string | null, truth: string): boolean {
  return found !== null && loose(found) === loose(truth);
}

/** The names of a byline: "By Ana Ruiz and Tom Becker" -> ["ana ruiz", "tom becker"]. */
export function bylineNames(byline: string): string[] {
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/,|&|\band\b/i)
    .map(loose)
    .filter(Boolean);
}

/** Every name of the truth's author appears in the byline (case-insensitive); extra names are allowed. */
export function authorMatches(found: string | null, truth: string): boolean {
  if (found === null) return false;
  const byline = loose(found);
  const names = bylineNames(truth);
  return names.length > 0 && names.every((name) => byline.includes(name));
}

/** The leading YYYY-MM-DD of a date string ("2025-09-04T10:00:00+02:00" -> "2025-09-04"); else null. */
export function calendarDay(date: string | null): string | null {
  return /^\s*(\d{4}-\d{2}-\d{2})/.exec(date ?? '')?.[1] ?? null;
}

/** The same calendar day as written on the page (no time-zone conversion on either side). */
export function dateMatches(found: string | null, truth: string): boolean {
  const day = calendarDay(found);
  return day !== null && day === calendarDay(truth);
}
