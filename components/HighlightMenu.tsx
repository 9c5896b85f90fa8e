import { HIGHLIGHT_COLORS, type HighlightColor } from '@/utils/highlights/types';
import type { MenuState } from './useHighlights';

interface Props {
  menu: MenuState;
  /** The colour of the highlight the menu is for; undefined for a fresh selection. */
  current?: HighlightColor;
  onColor: (color: HighlightColor) => void;
  onNote: () => void;
  onCopy: () => void;
  onRemove?: () => void;
}

const COLOR_NAMES: Record<HighlightColor, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' };

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
      aria-label={menu.id ? 'Highlight' : 'Highlight the selection'}
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
          aria-label={menu.id ? `${COLOR_NAMES[color]}` : `Highlight ${COLOR_NAMES[color].toLowerCase()}`}
          aria-pressed={menu.id ? color === current : undefined}
          title={menu.id ? `Make it ${COLOR_NAMES[color].toLowerCase()}` : `Highlight in ${COLOR_NAMES[color].toLowerCase()} (h)`}
          onClick={() => onColor(color)}
        />
      ))}
      <button type="button" onClick={onNote} title="Note (n)">
        Note
      </button>
      <button type="button" onClick={onCopy}>
        Copy
      </button>
      {onRemove && (
        <button type="button" onClick={onRemove} title="Remove highlight (Delete)">
          Remove
        </button>
      )}
    </div>
  );
}
