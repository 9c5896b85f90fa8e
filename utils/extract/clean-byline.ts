import { normalizeSpace } from './normalize-space';

const URL_LIKE = /^(?:https?:)?\/\//i;

/**
 * "By Jane Doe" -> "Jane Doe" (the "by" of several languages dropped, spaces collapsed). Returns null
 * for an empty value, a URL or an over-long string: those are not bylines.
 */
export function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  const cleaned = normalizeSpace(value).replace(/^(?:by|von|par|por|di|door|av|af)\s*:?\s+/i, '');
  if (!cleaned || URL_LIKE.test(cleaned) || cleaned.length > 120) return null;
  return cleaned;
}
