/**
 * An article's images after the first wait until its text has been painted, then all load at once.
 * Fifty photographs fetched and decoded while the reader shows the text hold the text back; loaded
 * only as the reader scrolls near them, they would tell the image's host how far the person has
 * read. So they are put on the page lazy (`deferImages`), which keeps them from loading before the
 * first paint, and made eager right after it (`loadDeferredImages`).
 */

const DEFERRED = 'img[loading="lazy"]';

/**
 * `html` (sanitized) with its web images after the first marked `loading="lazy"`. The first is the
 * lead, at the top: it loads at once. Images shown from the library's copies (`blob:`) are local
 * and load at once too. Done on the text, in a document `parser` makes (which loads nothing),
 * before the article is put on the page. Returns `html` itself when it has at most one image.
 */
export function deferImages(html: string, parser: DOMParser): string {
  if (html.indexOf('<img') === html.lastIndexOf('<img')) return html;
  const inert = parser.parseFromString(`<!doctype html><body>${html}`, 'text/html');
  for (const img of [...inert.body.querySelectorAll('img')].slice(1)) {
    if (!(img.getAttribute('src') ?? '').startsWith('blob:')) img.setAttribute('loading', 'lazy');
  }
  return inert.body.innerHTML;
}

/** Loads the images `deferImages` held back, now that the text is on the screen. */
export function loadDeferredImages(root: ParentNode): void {
  for (const img of root.querySelectorAll(DEFERRED)) img.setAttribute('loading', 'eager');
}
