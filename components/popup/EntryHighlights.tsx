import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Highlight } from '@/utils/highlights/types';
import { articleHighlights } from '@/utils/library/highlight-store';
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
    void articleHighlights(db, articleId).then(setHighlights, () => setHighlights([]));
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
