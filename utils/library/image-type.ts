/** The kinds of image kept with an article, by the MIME type they are stored and shown as. */
export type KeptImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'image/avif' | 'image/svg+xml';

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/**
 * The image's type from its first bytes, not from what the server said (servers mislabel images
 * often, and a label is not a promise); null for anything else (HTML error pages, video, ...).
 */
export function imageType(bytes: Uint8Array): KeptImageType | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1A\n') return 'image/png';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(bytes, 8, 12))) return 'image/avif';
  // An SVG file is text: an optional byte-order mark, XML declaration, comments or doctype, then <svg.
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '');
  const prolog = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE\s+svg[^>[]*>\s*)*<svg[\s>]/i;
  return prolog.test(head) ? 'image/svg+xml' : null;
}

/**
 * True when an SVG can do nothing but draw itself: no script, no event handler, no foreign
 * markup, no entity declarations and no reference outside the file. Checked on the text, in the
 * background worker, which has no DOM to sanitize with; an SVG with any of these is not kept (the
 * reader then shows it from its site, as before), so a check that refuses too much costs one
 * image, never safety. Kept SVGs are only ever shown through `<img>`, never inlined as markup.
 */
export function isInertSvg(text: string): boolean {
  if (/<script|<foreignObject|<!ENTITY|<iframe|<embed|<object|javascript:|@import/i.test(text)) return false;
  if (/\son[a-z]+\s*=/i.test(text)) return false;
  // Links and paints may point inside the file (#id) only.
  for (const [, target = ''] of text.matchAll(/(?:href|src)\s*=\s*["']\s*([^"']*)/gi))
    if (!target.startsWith('#')) return false;
  for (const [, target = ''] of text.matchAll(/url\(\s*["']?\s*([^"')]*)/gi)) if (!target.startsWith('#')) return false;
  return true;
}
