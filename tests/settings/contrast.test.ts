import { describe, expect, it } from 'vitest';
import { THEME_TOKENS, type ThemeTokens } from '@/utils/settings/themes';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.039_28 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].toSorted((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Every pair of the reader that holds text: [text colour, background]. */
const TEXT_ON: [keyof ThemeTokens, keyof ThemeTokens][] = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['link', 'bg'],
  ['fg', 'codeBg'],
  ['fg', 'panelBg'],
  ['muted', 'panelBg'],
  ['link', 'panelBg'],
  ['alertFg', 'alertBg'],
  ['fg', 'hlYellow'],
  ['fg', 'hlGreen'],
  ['fg', 'hlBlue'],
  ['fg', 'hlPink'],
  ['link', 'hlYellow'],
  ['link', 'hlGreen'],
  ['link', 'hlBlue'],
  ['link', 'hlPink'],
];

describe('theme contrast (WCAG AA: at least 4.5:1 for text)', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  describe.each(Object.entries(THEME_TOKENS))('%s', (_name, tokens) => {
    it.each(TEXT_ON)('%s on %s', (text, background) => {
      expect(contrast(tokens[text], tokens[background])).toBeGreaterThanOrEqual(4.5);
    });

    it('shows focus rings at least 3:1 against the page (WCAG non-text contrast)', () => {
      expect(contrast(tokens.focus, tokens.bg)).toBeGreaterThanOrEqual(3);
    });
  });
});
