import type { Highlight } from '../highlights/types';
import type { SavedArticle } from './records';
import { wordsOf } from './search-words';

type Described = Pick<SavedArticle, 'title' | 'siteName' | 'byline'>;

/** Everything search finds an article by: its title, site, author, text, highlights and notes. */
export function articleWords(
  article: Described,
  text: string,
  highlights: Pick<Highlight, 'selectors' | 'note'>[] = [],
): Set<string> {
  return wordsOf(
    article.title,
    article.siteName,
    article.byline,
    text,
    ...highlights.flatMap((h) => [h.selectors.quote.exact, h.note]),
  );
}
