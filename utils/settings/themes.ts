import type { Font, ReaderSettings, Theme } from './reader-settings';

/** The colours of one theme; every pair that holds text is checked for contrast in the tests. */
export interface ThemeTokens {
  bg: string;
  fg: string;
  muted: string;
  rule: string;
  link: string;
  codeBg: string;
  focus: string;
  panelBg: string;
  alertBg: string;
  alertFg: string;
  hlYellow: string;
  hlGreen: string;
  hlBlue: string;
  hlPink: string;
}

export type ConcreteTheme = Exclude<Theme, 'system'>;

export const THEME_TOKENS: Record<ConcreteTheme, ThemeTokens> = {
  light: {
    bg: '#fbfaf7',
    fg: '#1f1f1c',
    muted: '#5c5d58',
    rule: '#e2e0d9',
    link: '#0a4aad',
    codeBg: '#f1efe9',
    focus: '#0a4aad',
    panelBg: '#f3f1eb',
    alertBg: '#fde7e4',
    alertFg: '#5f1710',
    hlYellow: '#fbe88a',
    hlGreen: '#c4ebb4',
    hlBlue: '#bcdcfb',
    hlPink: '#f8c8dc',
  },
  sepia: {
    bg: '#f4ecd8',
    fg: '#3b2f1e',
    muted: '#5f5140',
    rule: '#dccfb0',
    link: '#8a3b12',
    codeBg: '#ebe0c6',
    focus: '#8a3b12',
    panelBg: '#efe4cb',
    alertBg: '#f6d5c8',
    alertFg: '#5a1a0a',
    hlYellow: '#f3da7a',
    hlGreen: '#cfe3a8',
    hlBlue: '#c3d7e8',
    hlPink: '#efc3c8',
  },
  dark: {
    bg: '#17181b',
    fg: '#e4e3df',
    muted: '#a3a39d',
    rule: '#33353a',
    link: '#8ab4f8',
    codeBg: '#222428',
    focus: '#8ab4f8',
    panelBg: '#1f2024',
    alertBg: '#4a1d19',
    alertFg: '#ffdad5',
    hlYellow: '#4a3e0a',
    hlGreen: '#264d1f',
    hlBlue: '#1d3f63',
    hlPink: '#5e2340',
  },
};

/** Font stacks: the bundled faces first, then the system's nearest. */
export const FONT_STACKS: Record<Font, string> = {
  serif: "Literata, Charter, 'Iowan Old Style', Georgia, 'Noto Serif', serif",
  sans: "'Source Sans 3', system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  mono: "ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace",
};

/** The theme shown for a setting: "follow the system" resolves to light or dark. */
export function concreteTheme(theme: Theme, systemIsDark: boolean): ConcreteTheme {
  return theme === 'system' ? (systemIsDark ? 'dark' : 'light') : theme;
}

const cssName = (token: string) => `--${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * Puts the settings on a document as CSS custom properties and data attributes on <html> (the
 * stylesheet reads only those). Set through the CSSOM, which a strict style CSP allows.
 */
export function applySettings(doc: Document, settings: ReaderSettings, systemIsDark: boolean): void {
  const root = doc.documentElement;
  const theme = concreteTheme(settings.theme, systemIsDark);
  for (const [token, value] of Object.entries(THEME_TOKENS[theme])) root.style.setProperty(cssName(token), value);
  root.style.setProperty('--body-font', FONT_STACKS[settings.font]);
  root.style.setProperty('--body-size', `${settings.size}px`);
  root.style.setProperty('--line-height', String(settings.lineHeight));
  root.style.setProperty('--measure', `${settings.width}em`);
  root.dataset.theme = theme;
  root.dataset.align = settings.align;
  root.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
}
