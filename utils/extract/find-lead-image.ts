import type { LeadImage } from './article';
import { closestTag } from './closest-tag';
import { elementsIn } from './elements-in';
import { normalizeSpace } from './normalize-space';
import { isSameImage } from './same-image';

/** Paragraphs at least this long are article text: a lead image comes before the first one. */
const PROSE_LENGTH = 100;

function describe(img: Element): LeadImage {
  const figure = closestTag(img, ['FIGURE']);
  const caption = figure && elementsIn(figure).find((el) => el.tagName === 'FIGCAPTION');
  return {
    src: img.getAttribute('src') ?? '',
    alt: normalizeSpace(img.getAttribute('alt') ?? ''),
    caption: caption ? normalizeSpace(caption.textContent ?? '') : '',
  };
}

/**
 * The image that leads the article, with its alt text and caption: the declared share image
 * (og:image) when the page shows it, else the first figure between the headline and the first
 * paragraph of text. `elements` are the page's elements in document order, taken after lazy images
 * are resolved (sources are absolute). Returns null when the page shows no lead image: a declared
 * image the page does not show is not one (it is often a logo or a social card).
 */
export function findLeadImage(
  elements: readonly Element[],
  declaredImage: string | null,
  titleHeading: Element | null,
): LeadImage | null {
  const images = elements.filter((el) => el.tagName === 'IMG');
  if (declaredImage) {
    const shown =
      images.find((img) => img.getAttribute('src') === declaredImage) ??
      images.find((img) => isSameImage(img.getAttribute('src') ?? '', declaredImage));
    if (shown) return describe(shown);
  }
  if (!titleHeading) return null;
  // Document order: only what comes after the headline, up to the first paragraph of prose.
  const start = elements.indexOf(titleHeading);
  if (start < 0) return null;
  for (const el of elements.slice(start + 1)) {
    if (el.tagName === 'P' && normalizeSpace(el.textContent ?? '').length >= PROSE_LENGTH) return null;
    if (el.tagName !== 'FIGURE') continue;
    const img = elementsIn(el).find((child) => child.tagName === 'IMG');
    if (img) return describe(img);
  }
  return null;
}
