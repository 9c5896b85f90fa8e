import { isWebUrl } from '../extract/is-web-url';

/** More images than this in one article are not figures of it; the rest are skipped and counted. */
export const MAX_IMAGES_PER_ARTICLE = 500;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', nbsp: '\u00A0' };

/**
 * The addresses of an article's images (`<img src>`), each once, in the order they appear. Reads
 * the sanitized snapshot as DOMPurify serializes it (attributes double-quoted, `&` and `"` escaped),
 * so it runs where there is no DOM, in the background worker. Addresses that are not web addresses
 * (data:, blob:) are left out: they have nothing to fetch.
 */
export function imageSources(html: string): string[] {
  const sources = new Set<string>();
  for (const [, raw = ''] of html.matchAll(/<img\s[^>]*?\bsrc="([^"]*)"/gi)) {
    const src = raw.replaceAll(/&(amp|quot|lt|gt|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
    if (isWebUrl(src)) sources.add(src);
  }
  return [...sources];
}
