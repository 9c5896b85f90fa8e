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
    <aside id="highlights-panel" class="highlights-panel" aria-label="Highlights">
      <h2>Highlights</h2>
      {placed.length === 0 && orphans.length === 0 && (
        <p class="panel-empty">Select text and press h to highlight it. Your highlights and notes are listed here.</p>
      )}
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
          <h3 id="orphans-title">Could not be placed</h3>
          <p>The article has changed since these were made. Select the passage and attach it, or delete it.</p>
          <ul class="panel-list">
            {orphans.map((h) => (
              <li key={h.id} data-color={h.color}>
                <div class="panel-item">
                  <Quote text={h.selectors.quote.exact} note={h.note} />
                </div>
                <div class="orphan-actions">
                  {/* Mouse down would clear the selection it attaches to. */}
                  <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => onReattach(h.id)}>
                    Attach to selection
                  </button>
                  <button type="button" onClick={() => onDelete(h.id)}>
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {unreadable > 0 && (
        <p class="panel-warning" role="note">
          {unreadable === 1 ? '1 saved highlight is damaged and' : `${unreadable} saved highlights are damaged and`} could not be shown.
        </p>
      )}
    </aside>
  );
}
