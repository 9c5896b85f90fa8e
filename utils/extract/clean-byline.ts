import { normalizeSpace } from './normalize-space';

const URL_LIKE = /^(?:https?:)?\/\//i;
/** "By", "Posted by", "Written by:" in several languages. */
const BY = /^(?:(?:posted|written|words|story|text|published)\s+)?(?:by|von|par|por|di|door|av|af)\s*:?\s+/i;
/** The same "by" glued to a capitalised name ("Posted byJane Doe"), as text joined from two elements reads. */
const GLUED_BY = /^(?:[Pp]osted |[Ww]ritten )?[Bb]y(?=\p{Lu}\p{Ll})/u;
/** What a template or a CMS left instead of a name: "page.head.author", "262588213843476". */
const NOT_A_NAME = /^(?:[\w-]+(?:\.[\w-]+){2,}|[\p{N}\p{P}\p{S}\s]+)$/u;
/** A comment's author line ("Jo says:"), not the article's. */
const COMMENTER = /\bsays:?$/i;

/**
 * "By Jane Doe" -> "Jane Doe" (the "by" of several languages dropped, punctuation before the name and
 * spaces collapsed). Returns null for an empty value, a URL, an over-long string, a template key or
 * number, and a commenter's "… says:": those are not bylines.
 */
export function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  const cleaned = normalizeSpace(value)
    .replace(/^[\s,;:|·•–—-]+/, '')
    .replace(BY, '')
    .replace(GLUED_BY, '');
  if (!cleaned || URL_LIKE.test(cleaned) || cleaned.length > 120) return null;
  if (NOT_A_NAME.test(cleaned) || COMMENTER.test(cleaned)) return null;
  return cleaned;
}
