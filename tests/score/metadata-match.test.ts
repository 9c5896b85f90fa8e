// The one rule per metadata field that `npm run score` counts a match by.
import { describe, expect, it } from 'vitest';
import { authorMatches, calendarDay, dateMatches, titleMatches } from '../../scripts/score/metadata-match';

describe('titleMatches', () => {
  it.each([
    ['“Ferry” strike  ends', '"ferry" Strike ends', true],
    ['It’s over', "It's over", true],
    ['Ferry strike ends | Daily Harbor', 'Ferry strike ends', false],
    [null, 'Ferry strike ends', false],
  ])('%j against %j: %s', (found, truth, expected) => {
    expect(titleMatches(found, truth)).toBe(expected);
  });
});

describe('authorMatches', () => {
  it.each([
    ['By Ana Ruiz, Tom Becker and Li Wei', 'Tom Becker & Ana Ruiz', true],
    ['ANA RUIZ', 'ana ruiz', true],
    ['Ana Ruiz', 'Ana Ruiz and Tom Becker', false],
    ['Staff', 'Ana Ruiz', false],
    [null, 'Ana Ruiz', false],
  ])('%j against %j: %s', (found, truth, expected) => {
    expect(authorMatches(found, truth)).toBe(expected);
  });
});

describe('dateMatches', () => {
  it.each([
    ['2025-09-04T23:30:00-05:00', '2025-09-04', true],
    ['2025-09-04', '2025-09-04T08:00:00Z', true],
    ['2025-09-05T01:00:00Z', '2025-09-04', false],
    ['Sep 4, 2025', '2025-09-04', false],
    [null, '2025-09-04', false],
  ])('%j against %j: %s', (found, truth, expected) => {
    expect(dateMatches(found, truth)).toBe(expected);
  });

  it('has no day for a month or a free-form date', () => {
    expect(calendarDay('2003-11')).toBeNull();
    expect(calendarDay('4 September 2025')).toBeNull();
  });
});
