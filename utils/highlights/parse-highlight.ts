import { isCount, isId, isObject, isOneOf, isText } from '../value-checks';
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor, type Selectors } from './types';

/** Bounds on what one highlight may hold: larger is not a highlight someone made by hand. */
export const MAX_QUOTE_LENGTH = 100_000;
export const MAX_NOTE_LENGTH = 20_000;

export function isHighlightColor(value: unknown): value is HighlightColor {
  return isOneOf(HIGHLIGHT_COLORS, value);
}

export function parseSelectors(value: unknown): Selectors | null {
  if (!isObject(value) || !isObject(value.quote) || !isObject(value.position)) return null;
  const { exact, prefix, suffix } = value.quote;
  const { start, end } = value.position;
  if (!isText(exact, MAX_QUOTE_LENGTH) || exact.length === 0) return null;
  if (!isText(prefix, MAX_QUOTE_LENGTH) || !isText(suffix, MAX_QUOTE_LENGTH)) return null;
  if (!isCount(start) || !isCount(end) || end <= start) return null;
  return { quote: { exact, prefix, suffix }, position: { start, end } };
}

/**
 * Returns a well-formed copy of a highlight from a message or the database, or null: a record
 * someone tampered with, or that a crash cut short, is reported and skipped, never half-used.
 */
export function parseHighlight(value: unknown): Highlight | null {
  if (!isObject(value)) return null;
  const { id, articleId, color, note, createdAt, updatedAt } = value;
  const selectors = parseSelectors(value.selectors);
  if (!selectors || !isId(id) || !isId(articleId)) return null;
  if (!isHighlightColor(color) || !isText(note, MAX_NOTE_LENGTH)) return null;
  if (!isCount(createdAt) || !isCount(updatedAt)) return null;
  return { id, articleId, selectors, color, note, createdAt, updatedAt };
}

/** The well-formed copies of those `records` that are highlights; the others (damaged, foreign) are left out. */
export function readableHighlights(records: unknown[]): Highlight[] {
  return records.map(parseHighlight).filter((h) => h !== null);
}
