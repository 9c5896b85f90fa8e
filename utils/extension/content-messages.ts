import { isObject } from '../value-checks';

/** background → content script, on behalf of the reader frame over its page: extract the page, or close the overlay. */
export type ContentMessage = { type: 'extract'; force: boolean } | { type: 'close' };

/** Returns the content-script message when its shape is one we send, else null. */
export function parseContentMessage(value: unknown): ContentMessage | null {
  if (!isObject(value)) return null;
  if (value.type === 'close') return { type: 'close' };
  if (value.type === 'extract' && typeof value.force === 'boolean') return { type: 'extract', force: value.force };
  return null;
}
