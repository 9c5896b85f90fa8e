import { describe, expect, it } from 'vitest';
import { parseShownDate } from '@/utils/extract/parse-shown-date';

const NOW = new Date('2026-03-20T12:00:00Z');

describe('parseShownDate', () => {
  it.each([
    ['month day, year with a label and time', 'UPDATED: May 6, 2024 at 11:02 a.m.', '2024-05-06'],
    ['an abbreviated month with a dot', 'Dec. 13, 2025', '2025-12-13'],
    ['an ordinal day', 'January 22nd, 2019', '2019-01-22'],
    ['day month year', '18th Dec 2025', '2025-12-18'],
    ['day month, year', '15 Dec, 2025', '2025-12-15'],
    ['ISO', 'Posted 2025-07-02 by Jo', '2025-07-02'],
    ['dots, day first', '23.07.2025 · 6 min read', '2025-07-23'],
    ['slashes, month first', 'Content current as of: 09/25/2025', '2025-09-25'],
    ['slashes whose first number cannot be a month', '25/09/2025', '2025-09-25'],
    ['Japanese', '公開日 2024年5月6日', '2024-05-06'],
    ['a labelled date without its year, this year', '最終更新 3/15 13:24', '2026-03-15'],
    ['a labelled date without its year, last year', '最終更新 11/02 09:10', '2025-11-02'],
    ['the first of two dates', 'August 16, 2019 - Updated July 9, 2025', '2019-08-16'],
    ['no such day', 'February 30, 2024', null],
    ['a date to come', 'June 1, 2027', null],
    ['a year alone', '© 2025 The Courier', null],
    ['nothing', 'Share this story', null],
  ])('%s', (_, text, expected) => {
    expect(parseShownDate(text, NOW)).toBe(expected);
  });
});
