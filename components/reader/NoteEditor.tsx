import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { MAX_NOTE_LENGTH } from '@/utils/highlights/parse-highlight';
import { closeOnEscape } from '../shared/close-on-escape';
import { useFocusOnShow } from '../shared/useFocusOnShow';

interface Props {
  /** The highlighted text the note is about. */
  quote: string;
  note: string;
  /** Resolves false when the note was not saved: the editor then stays open with the text kept. */
  onSave: (note: string) => Promise<boolean>;
  onClose: () => void;
}

/**
 * Writes the note of one highlight. Ctrl+Enter (⌘Enter) saves, Esc closes without saving; what
 * was typed is never thrown away by a failed save.
 */
export function NoteEditor({ quote, note, onSave, onClose }: Props) {
  const [text, setText] = useState(note);
  const [saving, setSaving] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  useFocusOnShow(dialog);

  async function save() {
    setSaving(true);
    const saved = await onSave(text.trim());
    setSaving(false);
    if (saved) onClose();
  }

  const onKeyDown = (event: KeyboardEvent) => {
    closeOnEscape(onClose)(event);
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <div ref={dialog} class="note-editor" role="dialog" aria-labelledby="note-editor-title" onKeyDown={onKeyDown}>
      <h2 id="note-editor-title">{i18n.t('highlight.noteHeading')}</h2>
      <blockquote class="note-quote">{quote}</blockquote>
      <textarea
        aria-labelledby="note-editor-title"
        value={text}
        maxLength={MAX_NOTE_LENGTH}
        rows={4}
        placeholder={i18n.t('highlight.notePlaceholder')}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="note-actions">
        <button type="button" class="primary" onClick={() => void save()} disabled={saving}>
          {i18n.t('highlight.saveNote')}
        </button>
        <button type="button" onClick={onClose}>
          {i18n.t('highlight.cancel')}
        </button>
      </div>
    </div>
  );
}
