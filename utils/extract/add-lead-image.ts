import type { LeadImage } from './article';
import { elementsIn } from './elements-in';
import { normalizeSpace } from './normalize-space';
import { isSameImage } from './same-image';

/**
 * Shows the lead image at the top of `content` (a <figure> with its caption) when Readability left it
 * out, as it does with images above or beside the article's text; an image the body already shows is
 * not added twice. Mutates `content`; never fails.
 */
export function addLeadImage(content: Element, lead: LeadImage | null): void {
  if (!lead) return;
  const shown = (el: Element) => el.tagName === 'IMG' && isSameImage(el.getAttribute('src') ?? '', lead.src);
  if (elementsIn(content).some(shown)) return;
  const doc = content.ownerDocument;
  const figure = doc.createElement('figure');
  const img = doc.createElement('img');
  img.setAttribute('src', lead.src);
  img.setAttribute('alt', lead.alt);
  figure.append(img);
  // A caption Readability kept elsewhere in the text is not repeated.
  if (lead.caption && !normalizeSpace(content.textContent ?? '').includes(lead.caption)) {
    const caption = doc.createElement('figcaption');
    caption.textContent = lead.caption;
    figure.append(caption);
  }
  // Readability wraps the article in one "page" element: the figure goes inside it, first.
  const page = content.firstElementChild?.id.startsWith('readability-page') ? content.firstElementChild : content;
  page.prepend(figure);
}
