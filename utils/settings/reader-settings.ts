import { primaryLanguage } from '../primary-language';
import { isObject, isOneOf, isText } from '../value-checks';

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const FONTS = ['serif', 'sans', 'system', 'mono'] as const;
export type Font = (typeof FONTS)[number];
export const ALIGNMENTS = ['start', 'justify'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

/** How the reader looks and speaks; kept in storage.local (see settings-store.ts). */
export interface ReaderSettings {
  theme: Theme;
  font: Font;
  /** Body text size in CSS pixels. */
  size: number;
  lineHeight: number;
  /** The measure: the text column's width in `ch`-like units of the body font (em). */
  width: number;
  align: Alignment;
  /** The chosen speech voice (its voiceURI) per language ("en", "de"); none: the browser's default. */
  voices: Record<string, string>;
  /** Speech rate, 1 = normal. */
  rate: number;
}

/** The bounds and step of each number a control changes. */
export const LIMITS = {
  size: { min: 14, max: 32, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  width: { min: 28, max: 48, step: 2 },
  rate: { min: 0.5, max: 2.5, step: 0.25 },
} as const;

export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'system',
  font: 'serif',
  size: 19,
  lineHeight: 1.65,
  width: 36,
  align: 'start',
  voices: {},
  rate: 1,
};

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return isOneOf(values, value) ? value : fallback;
}

function within(limits: { min: number; max: number }, value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= limits.min && value <= limits.max
    ? value
    : fallback;
}

/** Voices worth keeping: language code -> voiceURI, both short strings, a bounded number of them. */
function voiceChoices(value: unknown): Record<string, string> {
  if (!isObject(value)) return {};
  const valid = Object.entries(value).filter(
    (entry): entry is [string, string] => /^[a-z]{2,3}$/.test(entry[0]) && isText(entry[1], 500),
  );
  return Object.fromEntries(valid.slice(0, 100));
}

/** The key a voice is remembered under: the article's primary language ("en" for "en-GB"). */
export function voiceLanguage(lang: string | null): string {
  return primaryLanguage(lang ?? navigator.language);
}

/**
 * Reads stored settings field by field: a missing, mistyped or out-of-range field (a damaged
 * record, a value from another version) falls back to its default and the rest are kept.
 */
export function parseSettings(value: unknown): ReaderSettings {
  const raw = isObject(value) ? value : {};
  const d = DEFAULT_SETTINGS;
  return {
    theme: oneOf(THEMES, raw.theme, d.theme),
    font: oneOf(FONTS, raw.font, d.font),
    size: within(LIMITS.size, raw.size, d.size),
    lineHeight: within(LIMITS.lineHeight, raw.lineHeight, d.lineHeight),
    width: within(LIMITS.width, raw.width, d.width),
    align: oneOf(ALIGNMENTS, raw.align, d.align),
    voices: voiceChoices(raw.voices),
    rate: within(LIMITS.rate, raw.rate, d.rate),
  };
}

/** `value` moved by `steps` steps of its control, kept within bounds and free of float noise. */
export function stepped(key: keyof typeof LIMITS, value: number, steps: number): number {
  const { min, max, step } = LIMITS[key];
  const next = Math.round((value + steps * step) / step) * step;
  return Math.min(max, Math.max(min, Number(next.toFixed(2))));
}

/** The theme after `theme` in the order the `t` key cycles through. */
export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
}
