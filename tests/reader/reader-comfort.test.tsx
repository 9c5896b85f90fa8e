// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Reader } from '@/components/reader/Reader';
import type { Article } from '@/utils/extract/article';
import { DEFAULT_SETTINGS, type ReaderSettings } from '@/utils/settings/reader-settings';
import { loadSettings, saveSettings } from '@/utils/settings/settings-store';
import { freshLibrary } from '../support/library';
import { readerLibrary } from '../support/reader-library';
import { stubLayout } from '../support/jsdom-layout';
import { useRenderRoot } from '../support/render-root';
import { buttonNamed, pressKey, settle } from '../support/ui-actions';

const article: Article = {
  url: 'https://longread.example/rivers',
  canonicalUrl: 'https://longread.example/rivers',
  title: 'Rivers of the north',
  byline: null,
  siteName: 'Longread',
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  html: '<p>Intro.</p><h2>Source</h2><p>Springs.</p><h2>Course</h2><p>Bends.</p><h3>Delta</h3><p>Mud.</p>',
  text: '',
  wordCount: 2000,
  readingMinutes: 9,
};

const root = useRenderRoot();
stubLayout();
beforeEach(() => fakeBrowser.reset());

async function open(settings: ReaderSettings = DEFAULT_SETTINGS, shown: Article = article) {
  await act(async () => {
    render(
      <Reader
        loadArticle={async () => ({ ok: true, readerable: true, article: shown })}
        onClose={vi.fn()}
        settings={settings}
        library={readerLibrary(freshLibrary())}
      />,
      root(),
    );
  });
}

const button = (name: string) => buttonNamed(root(), name)!;
const html = document.documentElement;

const press = (key: string) => pressKey(key);

describe('reading comfort', () => {
  it('applies the theme and type it was given', async () => {
    await open({ ...DEFAULT_SETTINGS, theme: 'sepia', size: 22, font: 'sans' });
    expect(html.dataset.theme).toBe('sepia');
    expect(html.style.getPropertyValue('--body-size')).toBe('22px');
    expect(html.style.getPropertyValue('--body-font')).toContain('Source Sans 3');
    expect(html.style.getPropertyValue('--bg')).toBe('#f4ecd8');
  });

  it('changes size, font and theme from the panel, shows the size, and remembers them', async () => {
    await open();
    await act(async () => button('Text and theme').click());
    const panel = root().querySelector('[role="dialog"][aria-label="Text and theme"]')!;
    await act(async () => button('Larger text').click());
    await act(async () => button('Larger text').click());
    expect(panel.querySelector('[aria-label="Text size"] output')!.textContent).toBe('21 px');
    await act(async () => panel.querySelector<HTMLInputElement>('input[value="dark"]')!.click());
    await act(async () => panel.querySelector<HTMLInputElement>('input[value="mono"]')!.click());
    expect(html.dataset.theme).toBe('dark');
    expect(html.style.getPropertyValue('--body-size')).toBe('21px');
    expect(await loadSettings()).toMatchObject({ size: 21, theme: 'dark', font: 'mono' });
  });

  it('[ and ] change the text size, t cycles the themes, and each is remembered', async () => {
    await open();
    await press(']');
    await press(']');
    await press('[');
    expect(html.style.getPropertyValue('--body-size')).toBe('20px');
    await press('t');
    expect(html.dataset.theme).toBe('light');
    await press('t');
    expect(html.dataset.theme).toBe('sepia');
    expect(await loadSettings()).toMatchObject({ size: 20, theme: 'sepia' });
  });

  it('counts every press of a quick run of keys, even when storage echoes the writes late', async () => {
    // Storage answers the first write after 10 ms and later ones after 30 ms, as a busy browser may.
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let writes = 0;
    const late = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      await new Promise((resolve) => setTimeout(resolve, writes++ === 0 ? 10 : 30));
      return set(items);
    });
    await open();
    await press(']');
    await press(']');
    await act(() => new Promise((resolve) => setTimeout(resolve, 20))); // the first echo is back
    await press(']');
    await act(() => new Promise((resolve) => setTimeout(resolve, 80)));
    late.mockRestore();
    expect(html.style.getPropertyValue('--body-size')).toBe('22px');
    expect((await loadSettings()).size).toBe(22);
  });

  it('follows a change made in another tab', async () => {
    await open();
    await act(async () => {
      await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark', size: 24 });
    });
    await settle();
    expect(html.dataset.theme).toBe('dark');
    expect(html.style.getPropertyValue('--body-size')).toBe('24px');
  });

  it('? lists every key the reader knows', async () => {
    await open();
    await press('?');
    const help = root().querySelector('[role="dialog"][aria-labelledby="keys-title"]')!;
    for (const key of ['h', 'n', 'j / k', 'Delete', '[ / ]', 't', '?', 'Esc']) {
      expect([...help.querySelectorAll('kbd')].map((k) => k.textContent)).toContain(key);
    }
    expect(document.activeElement?.textContent).toBe('Close');
  });

  it('Esc closes an open panel before the reader, wherever focus is', async () => {
    const onClose = vi.fn();
    await act(async () => {
      render(
        <Reader
          loadArticle={async () => ({ ok: true, readerable: true, article })}
          onClose={onClose}
          settings={DEFAULT_SETTINGS}
          library={readerLibrary(freshLibrary())}
        />,
        root(),
      );
    });
    await press('?');
    (root().querySelector('main') as HTMLElement).focus();
    await press('Escape');
    expect(root().querySelector('[aria-labelledby="keys-title"]')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    await press('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('offers the headings of a long article as contents, and goes to the one chosen', async () => {
    await open();
    await act(async () => button('Contents').click());
    const items = [...root().querySelectorAll<HTMLButtonElement>('#contents-menu button')];
    expect(items.map((b) => b.textContent)).toEqual(['Source', 'Course', 'Delta']);
    await act(async () => items[1]!.click());
    expect(document.activeElement?.textContent).toBe('Course');
    expect(root().querySelector('#contents-menu')).toBeNull();
  });

  it('prints the reader itself (not the page under it) from its Print button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await open();
    await act(async () => button('Print').click());
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('has no contents menu for a short article without sections', async () => {
    await open(DEFAULT_SETTINGS, { ...article, html: '<p>Only a paragraph.</p>' });
    expect(button('Contents')).toBeUndefined();
  });

  it('shows how far through the article the reader is, and the minutes left', async () => {
    await open();
    // jsdom has no layout: the article is placed half-way scrolled through by hand.
    const body = root().querySelector('.article-body')!;
    body.getBoundingClientRect = () => ({ top: -1000, height: 1000 + 1000 + window.innerHeight }) as DOMRect;
    await act(async () => {
      window.dispatchEvent(new Event('scroll'));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    expect(root().querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).toBe('50');
    expect(root().querySelector('.minutes-left')!.textContent).toBe('5 min left');
  });
});
