import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { parseHighlight } from '@/utils/highlights/parse-highlight';
import type { Highlight } from '@/utils/highlights/types';
import type { LibraryDb } from '@/utils/library/library-db';
import { savedArticleLink } from '@/utils/library/saved-article-link';

interface Props {
  db: LibraryDb;
  articleId: string;
}

/** A saved article's highlights and notes, in reading order; each opens the article at it. */
export function EntryHighlights({ db, articleId }: Props) {
  const [highlights, setHighlights] = useState<Highlight[] | null>(null);

  useEffect(() => {
    void db.highlights
      .where('articleId')
      .equals(articleId)
      .toArray()
      .then((records: unknown[]) => records.map(parseHighlight).filter((h) => h !== null))
      .then((list) => setHighlights(list.toSorted((a, b) => a.selectors.position.start - b.selectors.position.start)))
      .catch(() => setHighlights([]));
  }, [articleId]);

  if (!highlights) return null;
  return (
    <ol class="entry-highlights" aria-label={i18n.t('library.showHighlights')}>
      {highlights.map((h) => (
        <li key={h.id} data-color={h.color}>
          <a href={savedArticleLink(articleId, h.id)} target="_blank">
            <q>{h.selectors.quote.exact}</q>
          </a>
          {h.note && <p class="note">{h.note}</p>}
        </li>
      ))}
    </ol>
  );
}
