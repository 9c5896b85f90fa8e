import { absoluteUrl } from './absolute-url';

/**
 * Makes every link and image address under `root` absolute against `baseUrl` (the reader shows the
 * article from another origin, where a relative URL would point into the extension). Addresses that
 * cannot be parsed are removed. Mutates `root`; never fails.
 */
export function resolveUrls(root: Element, baseUrl: string): void {
  for (const [tag, attribute] of [['a', 'href'], ['img', 'src']] as const) {
    for (const el of root.querySelectorAll(tag)) {
      if (!el.hasAttribute(attribute)) continue;
      const url = absoluteUrl(el.getAttribute(attribute), baseUrl);
      if (url) el.setAttribute(attribute, url);
      else el.removeAttribute(attribute);
    }
  }
}
