import { useEffect, useRef } from 'preact/hooks';
import {
  ALIGNMENTS, FONTS, LIMITS, stepped, THEMES, type Alignment, type Font, type ReaderSettings, type Theme,
} from '@/utils/settings/reader-settings';

interface Props {
  settings: ReaderSettings;
  onChange: (changes: Partial<ReaderSettings>) => void;
  onClose: () => void;
}

const THEME_NAMES: Record<Theme, string> = { system: 'Follow system', light: 'Light', sepia: 'Sepia', dark: 'Dark' };
const FONT_NAMES: Record<Font, string> = { serif: 'Serif', sans: 'Sans', system: 'System', mono: 'Mono' };
const ALIGN_NAMES: Record<Alignment, string> = { start: 'Ragged', justify: 'Justified' };

interface StepperProps {
  label: string;
  value: string;
  less: string;
  more: string;
  onStep: (steps: number) => void;
}

function Stepper({ label, value, less, more, onStep }: StepperProps) {
  return (
    <div class="setting" role="group" aria-label={label}>
      <span class="setting-label">{label}</span>
      <button type="button" aria-label={less} onClick={() => onStep(-1)}>
        −
      </button>
      <output aria-live="polite">{value}</output>
      <button type="button" aria-label={more} onClick={() => onStep(1)}>
        +
      </button>
    </div>
  );
}

function Choice<T extends string>(props: { label: string; name: string; values: readonly T[]; names: Record<T, string>; value: T; onPick: (value: T) => void }) {
  return (
    <fieldset class="setting choice">
      <legend class="setting-label">{props.label}</legend>
      {props.values.map((value) => (
        <label key={value} class={value === props.value ? 'picked' : undefined} data-value={value}>
          <input type="radio" name={props.name} value={value} checked={value === props.value} onChange={() => props.onPick(value)} />
          {props.names[value]}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Text and theme: size (value shown), font, line height, width, alignment and theme. Every change
 * applies at once and is remembered; Esc or the button closes the panel.
 */
export function TypePanel({ settings, onChange, onClose }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.querySelector('button')?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  return (
    <div ref={panel} id="type-panel" class="type-panel" role="dialog" aria-label="Text and theme" onKeyDown={onKeyDown}>
      <Stepper
        label="Text size"
        value={`${settings.size} px`}
        less="Smaller text"
        more="Larger text"
        onStep={(steps) => onChange({ size: stepped('size', settings.size, steps) })}
      />
      <Choice label="Font" name="font" values={FONTS} names={FONT_NAMES} value={settings.font} onPick={(font) => onChange({ font })} />
      <Stepper
        label="Line height"
        value={settings.lineHeight.toFixed(2).replace(/0$/, '')}
        less="Tighter lines"
        more="Looser lines"
        onStep={(steps) => onChange({ lineHeight: stepped('lineHeight', settings.lineHeight, steps) })}
      />
      <Stepper
        label="Width"
        value={`${Math.round(((settings.width - LIMITS.width.min) / (LIMITS.width.max - LIMITS.width.min)) * 100)}%`}
        less="Narrower column"
        more="Wider column"
        onStep={(steps) => onChange({ width: stepped('width', settings.width, steps) })}
      />
      <Choice label="Alignment" name="align" values={ALIGNMENTS} names={ALIGN_NAMES} value={settings.align} onPick={(align) => onChange({ align })} />
      <Choice label="Theme" name="theme" values={THEMES} names={THEME_NAMES} value={settings.theme} onPick={(theme) => onChange({ theme })} />
    </div>
  );
}
