const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

type Reader = (match: RegExpExecArray, now: Date) => [year: number, month: number, day: number];

const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The forms pages show dates in, each read into year, month and day. */
const FORMS: [RegExp, Reader][] = [
  // "December 19, 2025", "Dec. 13, 2025", "January 22nd, 2019"
  [new RegExp(String.raw`\b${MONTH}\s*${DAY},?\s+${YEAR}\b`, 'i'), (m) => [+m[3]!, month(m[1]!), +m[2]!]],
  // "19 December 2025", "18th Dec 2025", "15 Dec, 2025"
  [new RegExp(String.raw`\b${DAY}\s+${MONTH},?\s+${YEAR}\b`, 'i'), (m) => [+m[3]!, month(m[2]!), +m[1]!]],
  // "2025-12-19", "2025/12/19", "2025.12.19"
  [new RegExp(String.raw`\b${YEAR}([-/.])(\d{1,2})\2(\d{1,2})\b`), (m) => [+m[1]!, +m[3]!, +m[4]!]],
  // "2025年12月19日" (and Korean 년/월/일)
  [new RegExp(String.raw`${YEAR}\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`), (m) => [+m[1]!, +m[2]!, +m[3]!]],
  // "23.07.2025", "02-12-2025": day first, as where dots and dashes are written
  [new RegExp(String.raw`\b(\d{1,2})([.-])(\d{1,2})\2${YEAR}\b`), (m) => [+m[4]!, +m[3]!, +m[1]!]],
  // "09/25/2025": month first, as in the US, unless the first number cannot be a month
  [
    new RegExp(String.raw`\b(\d{1,2})/(\d{1,2})/${YEAR}\b`),
    (m) => (+m[1]! > 12 ? [+m[3]!, +m[2]!, +m[1]!] : [+m[3]!, +m[1]!, +m[2]!]),
  ],
  // "最終更新 3/15 13:24": a labelled month and day without a year are of the latest year not to come
  [
    /(?:更新|公開|投稿|掲載|配信)\D{0,4}(\d{1,2})\/(\d{1,2})(?!\/|\d)/,
    (m, now) => {
      const year = now.getUTCFullYear();
      const thisYear = Date.UTC(year, +m[1]! - 1, +m[2]!) <= now.getTime();
      return [thisYear ? year : year - 1, +m[1]!, +m[2]!];
    },
  ],
];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The first date written in `text` ("Updated May 6, 2024 at 11:02 a.m.", "23.07.2025 · 6 min read",
 * "2024年5月6日", "最終更新 3/15 13:24"), as YYYY-MM-DD: of several, the one written first. `now` places a date shown without its year, and bounds the rest: a date after
 * it, or one that does not exist, is no date. Returns null when the text holds no date.
 */
export function parseShownDate(text: string, now: Date = new Date()): string | null {
  let found: { index: number; date: string } | null = null;
  for (const [pattern, read] of FORMS) {
    const match = pattern.exec(text);
    if (!match || (found && found.index <= match.index)) continue;
    const [year, monthNumber, day] = read(match, now);
    const time = Date.UTC(year, monthNumber - 1, day);
    const valid = new Date(time).getUTCDate() === day && monthNumber >= 1 && monthNumber <= 12;
    // A day ahead is allowed: the page's time zone may be ahead of ours.
    if (valid && time <= now.getTime() + 86_400_000)
      found = { index: match.index, date: `${year}-${pad(monthNumber)}-${pad(day)}` };
  }
  return found?.date ?? null;
}
