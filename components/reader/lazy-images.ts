/**
 * The article's sanitized `html` with its web images, all but the first, loading only as the
 * reader nears them (`loading="lazy"`): an article of fifty photographs asks for the few in view,
 * not all fifty while the reader shows its text. The first image is the lead, at the top, and loads
 * at once; images shown from the library's copies (`blob:`) are local and load at once too. Done
 * on the text, in a document `parser` makes (which loads nothing), before the article is put on
 * the page. Returns `html` itself when it has at most one image.
 */
export function lazyImages(html: string, parser: DOMParser): string {
  if (html.indexOf('<img') === html.lastIndexOf('<img')) return html;
  const inert = parser.parseFromString(`<!doctype html><body>${html}`, 'text/html');
  for (const img of [...inert.body.querySelectorAll('img')].slice(1)) {
    if (!(img.getAttribute('src') ?? '').startsWith('blob:')) img.setAttribute('loading', 'lazy');
  }
  return inert.body.innerHTML;
}
