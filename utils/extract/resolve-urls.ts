import { absoluteUrl } from './absolute-url';
import { elementsIn } from './elements-in';
import { isWebUrl } from './is-web-url';

const URL_ATTRIBUTE: Record<string, string> = { A: 'href', IMG: 'src' };

/**
 * Makes every link and image address under `root` absolute against `baseUrl` (the reader shows the
 * article from another origin, where a relative URL would point into the extension). Link addresses
 * that cannot be parsed are removed, and so are images the reader could not show (no http(s)
 * address, e.g. a file: page's own images). Mutates `root`; never fails.
 */
export function resolveUrls(root: Element, baseUrl: string): void {
  for (const el of elementsIn(root)) {
    const attribute = URL_ATTRIBUTE[el.tagName];
    if (!attribute || !el.hasAttribute(attribute)) continue;
    const url = absoluteUrl(el.getAttribute(attribute), baseUrl);
    if (el.tagName === 'IMG' && !isWebUrl(url)) el.remove();
    else if (url) el.setAttribute(attribute, url);
    else el.removeAttribute(attribute);
  }
}
