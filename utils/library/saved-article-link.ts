/**
 * The reader page showing a saved article (and, given one, starting at a highlight). Relative:
 * from the popup or the reader, both extension pages, it names the extension's own reader.html.
 */
export function savedArticleLink(articleId: string, highlightId?: string): string {
  const params = new URLSearchParams({ article: articleId });
  if (highlightId) params.set('highlight', highlightId);
  return `reader.html?${params}`;
}
