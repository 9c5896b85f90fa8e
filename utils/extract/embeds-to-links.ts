import { absoluteUrl } from './absolute-url';
import { isWebUrl } from './is-web-url';

/**
 * Frame addresses of players (video, audio, maps), as opposed to ads, trackers and widgets. Also
 * given to Readability (`allowedVideoRegex`), which otherwise drops frames it does not know.
 */
export const PLAYER_URL = /embed|player|video|watch|youtu|vimeo|dailymotion|podcast|audio|spotify|soundcloud|maps?\b/i;

/** Frames and videos this small (or hidden) are trackers or placeholders, not something to watch. */
const MIN_SIZE = 20;

function isHidden(el: Element): boolean {
  const size = (name: string) => Number.parseInt(el.getAttribute(name) ?? '', 10);
  return (
    el.hasAttribute('hidden') ||
    size('width') < MIN_SIZE ||
    size('height') < MIN_SIZE ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')
  );
}

function sourceOf(el: Element): string | null {
  if (el.tagName === 'IFRAME') {
    const src = el.getAttribute('src') ?? el.getAttribute('data-src');
    return src && (el.hasAttribute('allowfullscreen') || PLAYER_URL.test(src)) ? src : null;
  }
  return el.getAttribute('src') ?? el.querySelector('source[src]')?.getAttribute('src') ?? null;
}

/**
 * Replaces each embedded player (an <iframe> of a video/audio/map player, a <video>) under `root`
 * with a link to it, named by its title (else its address), in a paragraph of its own: the reader
 * shows no frames or media, and a caption without its video would point at nothing. Hidden and tiny
 * frames (trackers) are left for the sanitizer to drop. Mutates `root`; never fails.
 */
export function embedsToLinks(root: Element, baseUrl: string): void {
  const doc = root.ownerDocument;
  for (const el of root.querySelectorAll('iframe, video')) {
    if (isHidden(el)) continue;
    const url = absoluteUrl(sourceOf(el), baseUrl);
    if (!isWebUrl(url)) continue;
    const a = doc.createElement('a');
    a.href = url;
    a.textContent = el.getAttribute('title')?.trim() || el.getAttribute('aria-label')?.trim() || url;
    // A paragraph of its own, unless the player already sat inside one.
    const p = el.closest('p') ? null : doc.createElement('p');
    p?.append(a);
    el.replaceWith(p ?? a);
  }
}
