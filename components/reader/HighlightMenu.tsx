import { i18n } from '#i18n';
import { HIGHLIGHT_COLORS, type HighlightColor } from '@/utils/highlights/types';
import type { MenuState } from './useHighlightMenu';

interface Props {
  menu: MenuState;
  /** The colour of the highlight the menu is for; undefined for a fresh selection. */
  current?: HighlightColor;
  onColor: (color: HighlightColor) => void;
  onNote: () => void;
  onCopy: () => void;
  onRemove?: () => void;
}

const COLOR_NAMES: Record<HighlightColor, () => string> = {
  yellow: () => i18n.t('highlight.colorYellow'),
  green: () => i18n.t('highlight.colorGreen'),
  blue: () => i18n.t('highlight.colorBlue'),
  pink: () => i18n.t('highlight.colorPink'),
};

/** Arrow keys move along the toolbar, wrapping at the ends. */
function moveAlong(event: KeyboardEvent) {
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
  const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll('button')];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  const step = event.key === 'ArrowRight' ? 1 : -1;
  buttons[(at + step + buttons.length) % buttons.length]?.focus();
  event.preventDefault();
}

/**
 * The small menu beside a selection or a highlight: four colours, Note, Copy and, on a highlight,
 * Remove. It keeps the selection alive (no focus stolen on mouse down) and is a toolbar for
 * keyboards: Tab enters it, arrow keys move along it, Esc leaves it.
 */
export function HighlightMenu({ menu, current, onColor, onNote, onCopy, onRemove }: Props) {
  return (
    <div
      class={`highlight-menu${menu.below ? ' below' : ''}`}
      role="toolbar"
      aria-label={menu.id ? i18n.t('highlight.menuHighlight') : i18n.t('highlight.menuSelection')}
      style={{ top: `${menu.top}px`, left: `${menu.left}px` }}
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={moveAlong}
    >
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          class="swatch"
          data-color={color}
          aria-label={menu.id ? COLOR_NAMES[color]() : i18n.t('highlight.highlightIn', [COLOR_NAMES[color]()])}
          aria-pressed={menu.id ? color === current : undefined}
          title={
            menu.id
              ? i18n.t('highlight.makeIt', [COLOR_NAMES[color]()])
              : i18n.t('highlight.highlightIn', [COLOR_NAMES[color]()])
          }
          onClick={() => onColor(color)}
        />
      ))}
      <button type="button" onClick={onNote} title={i18n.t('highlight.noteTitle')}>
        {i18n.t('highlight.note')}
      </button>
      <button type="button" onClick={onCopy}>
        {i18n.t('highlight.copy')}
      </button>
      {onRemove && (
        <button type="button" onClick={onRemove} title={i18n.t('highlight.removeTitle')}>
          {i18n.t('highlight.remove')}
        </button>
      )}
    </div>
  );
}
