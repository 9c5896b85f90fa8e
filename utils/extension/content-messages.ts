import { parseSiteRules } from '../site-rules/parse-site-rules';
import type { SiteRules } from '../site-rules/site-rules';
import { isId, isObject, isText } from '../value-checks';

/** The most text of one block the reader sends to find it on the page: a long paragraph's. */
export const MAX_BLOCK_TEXT = 20_000;

/**
 * background → content script, on behalf of the reader frame over its page: extract the page (with
 * its site's rules, null when it has none), close the overlay, find where a block of the reader's
 * copy came from and the rule that would leave blocks like it out, or close the reader and let the
 * person point at the article on the page.
 */
export type ContentMessage =
  | { type: 'extract'; force: boolean; rules: SiteRules | null }
  | { type: 'close' }
  | { type: 'describe-block'; text: string; image: string | null }
  | { type: 'pick-content' };

/** A block's text and its image's address, when both are of a size the reader sends; else null. */
export function parseBlock(text: unknown, image: unknown): { text: string; image: string | null } | null {
  return isText(text, MAX_BLOCK_TEXT) && (image === null || isId(image)) ? { text, image } : null;
}

/** Returns the content-script message when its shape is one we send, else null. */
export function parseContentMessage(value: unknown): ContentMessage | null {
  if (!isObject(value)) return null;
  if (value.type === 'close') return { type: 'close' };
  if (value.type === 'pick-content') return { type: 'pick-content' };
  if (value.type === 'extract' && typeof value.force === 'boolean') {
    const rules = value.rules === null ? null : parseSiteRules(value.rules);
    return rules || value.rules === null ? { type: 'extract', force: value.force, rules } : null;
  }
  if (value.type === 'describe-block') {
    const block = parseBlock(value.text, value.image);
    return block && { type: 'describe-block', ...block };
  }
  return null;
}
