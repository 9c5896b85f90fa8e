import { absoluteUrl } from './absolute-url';
import { closestTag } from './closest-tag';
import { elementsIn } from './elements-in';

/** Attributes lazy loaders keep the real image address in, most specific first. */
const LAZY_SRC_ATTRIBUTES = [
  'data-src',
  'data-original',
  'data-lazy-src',
  'data-lazy',
  'data-hi-res-src',
  'data-full-src',
  'data-url',
  'data-echo',
];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'srcset'];

/** Addresses that only hold a place until a script swaps the real image in. */
const PLACEHOLDER_URL =
  /^(?:data:|about:|javascript:)|(?:blank|spacer|placeholder|pixel|transparent|1x1|loading|lazy)[^/]*\.(?:gif|png|svg)(?:$|\?)/i;

function isRealUrl(value: string | null): value is string {
  return !!value && value.trim() !== '' && !PLACEHOLDER_URL.test(value.trim());
}

/** The largest candidate of a srcset ("a.jpg 640w, b.jpg 1400w" -> "b.jpg"), or null when it has none. */
function largestCandidate(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  // Candidates are split on a comma that follows a descriptor or ends a URL: URLs may contain commas.
  for (const match of srcset.matchAll(/(\S+?)(?:\s+([\d.]+)[wx])?\s*(?:,\s*|$)/g)) {
    const url = match[1];
    if (!url || !isRealUrl(url)) continue;
    const size = match[2] ? Number.parseFloat(match[2]) : 1;
    if (size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

function isTrackingPixel(img: Element): boolean {
  const width = Number.parseInt(img.getAttribute('width') ?? '', 10);
  const height = Number.parseInt(img.getAttribute('height') ?? '', 10);
  return (width > 0 && width <= 2) || (height > 0 && height <= 2);
}

/** Where scripting is off (jsdom), <noscript> fallbacks are parsed as elements: they are handled apart. */
function insideNoscript(img: Element): boolean {
  return closestTag(img, ['NOSCRIPT']) !== null;
}

/** The address the image would show once its lazy loader ran, or null when it has none. */
function realSource(img: Element): string | null {
  for (const name of LAZY_SRC_ATTRIBUTES) {
    const value = img.getAttribute(name);
    if (isRealUrl(value)) return value;
  }
  const src = img.getAttribute('src');
  if (isRealUrl(src)) return src;
  const sets = LAZY_SRCSET_ATTRIBUTES.map((name) => img.getAttribute(name));
  if (img.parentElement?.tagName === 'PICTURE') {
    for (const source of elementsIn(img.parentElement)) {
      if (source.tagName === 'SOURCE') sets.push(source.getAttribute('srcset'), source.getAttribute('data-srcset'));
    }
  }
  for (const set of sets) {
    const best = set ? largestCandidate(set) : null;
    if (best) return best;
  }
  return null;
}

/**
 * Sets `img`'s src to the real, absolute address it would show and drops the lazy-loading
 * attributes. Returns false, changing nothing, when it has none (a placeholder or tracking pixel).
 */
function settleSource(img: Element, baseUrl: string): boolean {
  const src = isTrackingPixel(img) ? null : absoluteUrl(realSource(img), baseUrl);
  if (!src) return false;
  img.setAttribute('src', src);
  for (const name of [...LAZY_SRC_ATTRIBUTES, ...LAZY_SRCSET_ATTRIBUTES, 'sizes']) img.removeAttribute(name);
  return true;
}

/** The images a <noscript> fallback holds: elements where scripting is off (jsdom), text where it is on. */
function noscriptImages(noscript: Element, doc: Document): Element[] {
  if (noscript.childElementCount > 0) return elementsIn(noscript).filter((el) => el.tagName === 'IMG');
  const markup = noscript.textContent ?? '';
  if (!markup.includes('<img')) return [];
  // A template parses without loading images or running anything, even in a live page.
  const template = doc.createElement('template');
  template.innerHTML = markup;
  return elementsIn(template.content)
    .filter((el) => el.tagName === 'IMG')
    .map((img) => doc.importNode(img, true));
}

/**
 * Gives every image in `doc` the real, absolute address it would show once its lazy loader ran
 * (data-src and friends, srcset candidates, <picture> sources, <noscript> fallbacks), and collapses
 * each <picture> to that single <img>. Images with no real address (placeholders, tracking pixels)
 * are removed. Mutates `doc`; never fails.
 */
export function resolveLazyImages(doc: Document, baseUrl: string): void {
  // Sorted in one walk, before the loops below remove and replace elements.
  const images: Element[] = [];
  const noscripts: Element[] = [];
  const pictures: Element[] = [];
  for (const el of elementsIn(doc)) {
    const tag = el.tagName;
    if (tag === 'IMG') images.push(el);
    else if (tag === 'NOSCRIPT') noscripts.push(el);
    else if (tag === 'PICTURE') pictures.push(el);
  }
  for (const img of images) {
    if (insideNoscript(img)) continue;
    if (!settleSource(img, baseUrl)) img.remove();
  }

  for (const noscript of noscripts) {
    const fallbacks = noscriptImages(noscript, doc).filter((img) => settleSource(img, baseUrl));
    // Most noscripts hold no image (tracking pixels are dropped): no need to look at their surroundings.
    if (fallbacks.length === 0) continue;
    const shown = new Set(
      (noscript.parentElement ? elementsIn(noscript.parentElement) : [])
        .filter((img) => img.tagName === 'IMG' && !insideNoscript(img))
        .map((img) => img.getAttribute('src')),
    );
    // The fallback stands in for a placeholder that had no real address; one already shown stays single.
    const missing = fallbacks.filter((img) => !shown.has(img.getAttribute('src')));
    const onlyImages = !noscript.textContent?.replace(/<[^>]*>/g, '').trim();
    if (missing.length > 0 && onlyImages) noscript.replaceWith(...missing);
    else noscript.remove();
  }

  for (const picture of pictures) {
    const img = elementsIn(picture).find((el) => el.tagName === 'IMG');
    if (img) picture.replaceWith(img);
    else picture.remove();
  }
}
