import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, nextTheme, parseSettings, stepped, voiceLanguage } from '@/utils/settings/reader-settings';
import { loadSettings, saveSettings, watchSettings } from '@/utils/settings/settings-store';

beforeEach(() => fakeBrowser.reset());

describe('reader settings', () => {
  it('starts from the defaults: follow the system, serif, 19 px', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ theme: 'system', font: 'serif', size: 19 });
  });

  it('remembers what was chosen', async () => {
    const chosen = {
      ...DEFAULT_SETTINGS,
      theme: 'sepia' as const,
      size: 24,
      font: 'sans' as const,
      voices: { en: 'Karen', de: 'Anna' },
      rate: 1.5,
    };
    await saveSettings(chosen);
    expect(await loadSettings()).toEqual(chosen);
  });

  it.each([
    ['a theme that does not exist', { theme: 'neon' }],
    ['a size far too large', { size: 400 }],
    ['a size that is not a number', { size: '24px' }],
    ['a line height of NaN', { lineHeight: Number.NaN }],
    ['an alignment from nowhere', { align: 'center' }],
    ['voices that are not a map of languages', { voices: ['Karen'] }],
  ])('falls back to the default for %s, keeping the other fields', (_label, bad) => {
    const stored = { ...DEFAULT_SETTINGS, width: 44, ...bad };
    const key = Object.keys(bad)[0] as keyof typeof DEFAULT_SETTINGS;
    expect(parseSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, width: 44, [key]: DEFAULT_SETTINGS[key] });
  });

  it('keeps only well-formed voice choices', () => {
    expect(parseSettings({ voices: { en: 'Karen', 'not a language': 'x', de: 42, fr: 'Amélie' } }).voices).toEqual({
      en: 'Karen',
      fr: 'Amélie',
    });
  });

  it('remembers voices by the primary language of the article', () => {
    expect([voiceLanguage('en-GB'), voiceLanguage('DE'), voiceLanguage('pt-BR')]).toEqual(['en', 'de', 'pt']);
  });

  it('reads a damaged record (not an object) as the defaults', async () => {
    await fakeBrowser.storage.local.set({ readerSettings: 'corrupt' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads a record written before versioning, field by field', async () => {
    await fakeBrowser.storage.local.set({ readerSettings: { theme: 'dark', size: 21 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', size: 21 });
  });

  it('tells an open reader when another tab changes the settings', async () => {
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(settings.theme));
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    stop();
    expect(seen).toEqual(['dark']);
  });

  it('steps sizes within bounds, without float noise', () => {
    expect(stepped('size', 19, 1)).toBe(20);
    expect(stepped('size', 32, 1)).toBe(32);
    expect(stepped('size', 14, -1)).toBe(14);
    expect(stepped('lineHeight', 1.6, 1)).toBe(1.7);
    expect(stepped('rate', 1, -2)).toBe(0.5);
  });

  it('cycles the themes with t', () => {
    expect(['system', 'light', 'sepia', 'dark'].map((t) => nextTheme(t as never))).toEqual([
      'light',
      'sepia',
      'dark',
      'system',
    ]);
  });
});
