/**
 * The article's sanitized `html` with each image kept in the library shown from its copy:
 * `<img src>` replaced by the address in `urls` (an object URL of the kept Blob). Done on the text,
 * in a document `parser` makes (which loads nothing), before the article is put on the page:
 * the page never asks the image's site for it. Images not in `urls` stay as they are. Returns
 * `html` itself when there is nothing to replace.
 */
export function showKeptImages(html: string, urls: ReadonlyMap<string, string>, parser: DOMParser): string {
  if (urls.size === 0) return html;
  const inert = parser.parseFromString(`<!doctype html><body>${html}`, 'text/html');
  for (const img of inert.body.querySelectorAll('img')) {
    const url = urls.get(img.getAttribute('src') ?? '');
    if (url) img.setAttribute('src', url);
  }
  return inert.body.innerHTML;
}
