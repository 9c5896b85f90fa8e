import { i18n } from '#i18n';
import {
  ALIGNMENTS,
  FONTS,
  LIMITS,
  stepped,
  THEMES,
  type Alignment,
  type Font,
  type ReaderSettings,
  type Theme,
} from '@/utils/settings/reader-settings';
import { ReaderPanel } from './ReaderPanel';

interface Props {
  settings: ReaderSettings;
  onChange: (changes: Partial<ReaderSettings>) => void;
  onClose: () => void;
}

const themeNames = (): Record<Theme, string> => ({
  system: i18n.t('type.themeSystem'),
  light: i18n.t('type.themeLight'),
  sepia: i18n.t('type.themeSepia'),
  dark: i18n.t('type.themeDark'),
});
const fontNames = (): Record<Font, string> => ({
  serif: i18n.t('type.fontSerif'),
  sans: i18n.t('type.fontSans'),
  system: i18n.t('type.fontSystem'),
  mono: i18n.t('type.fontMono'),
});
const alignNames = (): Record<Alignment, string> => ({
  start: i18n.t('type.alignStart'),
  justify: i18n.t('type.alignJustify'),
});

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

function Choice<T extends string>(props: {
  label: string;
  name: string;
  values: readonly T[];
  names: Record<T, string>;
  value: T;
  onPick: (value: T) => void;
}) {
  return (
    <fieldset class="setting choice">
      <legend class="setting-label">{props.label}</legend>
      {props.values.map((value) => (
        <label key={value} class={value === props.value ? 'picked' : undefined} data-value={value}>
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={value === props.value}
            onChange={() => props.onPick(value)}
          />
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
  return (
    <ReaderPanel id="type-panel" label={i18n.t('reader.textAndTheme')} onClose={onClose}>
      <Stepper
        label={i18n.t('type.size')}
        value={i18n.t('type.sizeValue', [String(settings.size)])}
        less={i18n.t('type.smaller')}
        more={i18n.t('type.larger')}
        onStep={(steps) => onChange({ size: stepped('size', settings.size, steps) })}
      />
      <Choice
        label={i18n.t('type.font')}
        name="font"
        values={FONTS}
        names={fontNames()}
        value={settings.font}
        onPick={(font) => onChange({ font })}
      />
      <Stepper
        label={i18n.t('type.lineHeight')}
        value={settings.lineHeight.toFixed(2).replace(/0$/, '')}
        less={i18n.t('type.tighter')}
        more={i18n.t('type.looser')}
        onStep={(steps) => onChange({ lineHeight: stepped('lineHeight', settings.lineHeight, steps) })}
      />
      <Stepper
        label={i18n.t('type.width')}
        value={`${Math.round(((settings.width - LIMITS.width.min) / (LIMITS.width.max - LIMITS.width.min)) * 100)}%`}
        less={i18n.t('type.narrower')}
        more={i18n.t('type.wider')}
        onStep={(steps) => onChange({ width: stepped('width', settings.width, steps) })}
      />
      <Choice
        label={i18n.t('type.alignment')}
        name="align"
        values={ALIGNMENTS}
        names={alignNames()}
        value={settings.align}
        onPick={(align) => onChange({ align })}
      />
      <Choice
        label={i18n.t('type.theme')}
        name="theme"
        values={THEMES}
        names={themeNames()}
        value={settings.theme}
        onPick={(theme) => onChange({ theme })}
      />
    </ReaderPanel>
  );
}
