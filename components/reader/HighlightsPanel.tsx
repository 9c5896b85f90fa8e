import { i18n } from '#i18n';
import type { Highlight } from '@/utils/highlights/types';

interface Props {
  placed: Highlight[];
  orphans: Highlight[];
  /** Records the library could not read (skipped). */
  unreadable: number;
  textOf: (id: string) => string;
  onGo: (id: string) => void;
  onReattach: (id: string) => void;
  onDelete: (id: string) => void;
}

function Quote({ text, note }: { text: string; note: string }) {
  return (
    <>
      <span class="panel-quote">{text}</span>
      {note && <span class="panel-note">{note}</span>}
    </>
  );
}

/**
 * The article's highlights beside it, in reading order with their notes; choosing one scrolls to
 * it. Highlights the changed article no longer holds are listed apart with their text and note,
 * to be attached to a new selection or deleted: never silently dropped.
 */
export function HighlightsPanel({ placed, orphans, unreadable, textOf, onGo, onReattach, onDelete }: Props) {
  return (
    <aside id="highlights-panel" class="highlights-panel" aria-label={i18n.t('highlight.panelTitle')}>
      <h2>{i18n.t('highlight.panelTitle')}</h2>
      {placed.length === 0 && orphans.length === 0 && <p class="panel-empty">{i18n.t('highlight.panelEmpty')}</p>}
      <ol class="panel-list">
        {placed.map((h) => (
          <li key={h.id} data-color={h.color}>
            <button type="button" class="panel-item" onClick={() => onGo(h.id)}>
              <Quote text={textOf(h.id)} note={h.note} />
            </button>
          </li>
        ))}
      </ol>
      {orphans.length > 0 && (
        <section class="orphans" aria-labelledby="orphans-title">
          <h3 id="orphans-title">{i18n.t('highlight.orphansTitle')}</h3>
          <p>{i18n.t('highlight.orphansText')}</p>
          <ul class="panel-list">
            {orphans.map((h) => (
              <li key={h.id} data-color={h.color}>
                <div class="panel-item">
                  <Quote text={h.selectors.quote.exact} note={h.note} />
                </div>
                <div class="orphan-actions">
                  {/* Mouse down would clear the selection it attaches to. */}
                  <button
                    type="button"
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => onReattach(h.id)}
                  >
                    {i18n.t('highlight.attach')}
                  </button>
                  <button type="button" onClick={() => onDelete(h.id)}>
                    {i18n.t('highlight.delete')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {unreadable > 0 && (
        <p class="panel-warning" role="note">
          {i18n.t('highlight.unreadable', unreadable)}
        </p>
      )}
    </aside>
  );
}
