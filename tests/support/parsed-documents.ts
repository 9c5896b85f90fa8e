import { afterAll } from 'vitest';
import { parseHtml } from '../../scripts/parse-html';

/**
 * A parser for a test file's pages, as the extension sees them (scripts/parse-html.ts); every
 * document it made is closed after the file's tests, so their windows do not pile up.
 */
export function useParsedDocuments(): (html: string, url: string) => Document {
  const docs: Document[] = [];
  afterAll(() => {
    for (const doc of docs) doc.defaultView?.close();
  });
  return (html, url) => {
    const doc = parseHtml(html, url);
    docs.push(doc);
    return doc;
  };
}
