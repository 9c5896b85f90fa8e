import type { LeadImage } from './article';
import { normalizeSpace } from './normalize-space';

/** Paragraphs at least this long are article text: a lead image comes before the first one. */
const PROSE_LENGTH = 100;

function withoutQuery(url: string): string {
  return url.replace(/[?#].*$/, '');
}

function describe(img: Element): LeadImage {
  const figure = img.closest('figure');
  const caption = figure?.querySelector('figcaption');
  return {
    src: img.getAttribute('src') ?? '',
    alt: normalizeSpace(img.getAttribute('alt') ?? ''),
    caption: caption ? normalizeSpace(caption.textContent ?? '') : '',
  };
}

function follows(node: Node, reference: Node): boolean {
  return (reference.compareDocumentPosition(node) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

/**
 * The image that leads the article, with its alt text and caption: the declared share image
 * (og:image) when the page shows it, else the first figure between the headline and the first
 * paragraph of text. Call after lazy images are resolved (sources are absolute). Returns null when
 * the page shows no lead image; a declared image the page does not show is not one (it is often a
 * logo or a social card).
 */
export function findLeadImage(doc: Document, declaredImage: string | null, titleHeading: Element | null): LeadImage | null {
  const images = [...doc.querySelectorAll('img')];
  if (declaredImage) {
    const shown =
      images.find((img) => img.getAttribute('src') === declaredImage) ??
      images.find((img) => withoutQuery(img.getAttribute('src') ?? '') === withoutQuery(declaredImage));
    if (shown) return describe(shown);
  }
  if (!titleHeading) return null;
  const firstProse = [...doc.querySelectorAll('p')].find(
    (p) => follows(p, titleHeading) && normalizeSpace(p.textContent ?? '').length >= PROSE_LENGTH,
  );
  for (const figure of doc.querySelectorAll('figure')) {
    if (!follows(figure, titleHeading)) continue;
    if (firstProse && follows(figure, firstProse)) return null;
    const img = figure.querySelector('img');
    if (img) return describe(img);
  }
  return null;
}
