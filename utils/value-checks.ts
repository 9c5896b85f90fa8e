// The first checks on data from outside (messages, the database, storage): shapes and bounds.

/** Ids (article addresses, highlight uuids) are never longer than a long URL. */
const MAX_ID_LENGTH = 2_048;

/** True for anything whose fields can be read. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A string of at most `max` characters. */
export function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** A whole number from 0: an offset, a count, a time in milliseconds. */
export function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** A non-empty id of bounded length. */
export function isId(value: unknown): value is string {
  return isText(value, MAX_ID_LENGTH) && value.length > 0;
}

/** One of `values`. */
export function isOneOf<T>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}
