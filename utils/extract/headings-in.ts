const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * The headings of `doc`, rank by rank (every <h1>, then every <h2>, ...), as a list of its own that
 * stays whole while they are changed. Not querySelectorAll: jsdom compiles a selector on every call.
 */
export function headingsIn(doc: Document): Element[] {
  return HEADINGS.flatMap((tag) => [...doc.getElementsByTagName(tag)]);
}
