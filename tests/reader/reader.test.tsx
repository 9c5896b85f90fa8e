// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Reader } from '@/components/reader/Reader';
import { DEFAULT_SETTINGS } from '@/utils/settings/reader-settings';
import { freshLibrary, sampleArticle } from '../support/library';
import { readerLibrary } from '../support/reader-library';
import { useRenderRoot } from '../support/render-root';
import { buttonNamed } from '../support/ui-actions';
import type { Article } from '@/utils/extract/article';
import type { ArticleReply } from '@/utils/extension/messages';

const article: Article = {
  ...sampleArticle,
  url: 'https://news.example/2016/aleppo',
  leadImage: { src: 'https://img.example/lead.jpg', alt: 'Assad', caption: 'Bashar al-Assad in Damascus.' },
  html:
    '<figure><img src="https://img.example/lead.jpg" alt="Assad"><figcaption>Bashar al-Assad in Damascus.</figcaption></figure>' +
    '<p>The two leaders had a phone conversation.</p>',
  text: 'The two leaders had a phone conversation.',
  wordCount: 7,
};

const root = useRenderRoot();

async function show(loadArticle: (force: boolean) => Promise<ArticleReply>, onClose = vi.fn()) {
  await act(async () => {
    render(
      <Reader
        loadArticle={loadArticle}
        onClose={onClose}
        settings={DEFAULT_SETTINGS}
        library={readerLibrary(freshLibrary())}
        locale="en-GB"
      />,
      root(),
    );
  });
  return onClose;
}

describe('Reader', () => {
  it('shows the article with its title, byline, site, localised date, reading time, lead image and body', async () => {
    await show(async () => ({ ok: true, readerable: true, article }));
    const shown = root().querySelector('article')!;
    expect(shown.querySelector('h1')!.textContent).toBe('Assad Thanks Putin');
    expect(root().querySelector('main')!.dataset.state).toBe('ready');
    expect(shown.textContent).toContain('Jane Doe');
    expect(shown.textContent).toContain('Christian Times');
    expect(shown.querySelector('time')!.textContent).toBe('24 December 2016');
    expect(shown.textContent).toContain('1 min read');
    const body = shown.querySelector('.article-body')!;
    expect(body.querySelectorAll('img')).toHaveLength(1);
    expect(body.querySelector('img')!.getAttribute('src')).toBe('https://img.example/lead.jpg');
    expect(body.querySelector('figcaption')!.textContent).toBe('Bashar al-Assad in Damascus.');
    expect(body.querySelector('p')!.textContent).toBe('The two leaders had a phone conversation.');
    const original = shown.querySelector<HTMLAnchorElement>('.original a')!;
    expect(original.href).toBe(article.url);
    expect(original.rel).toBe('noopener noreferrer');
  });

  it('renders metadata as text, never as markup', async () => {
    const hostile = { ...article, title: '<img src=x onerror=alert(1)>', byline: '<b>Eve</b>' };
    await show(async () => ({ ok: true, readerable: true, article: hostile }));
    expect(root().querySelector('h1')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root().querySelector('article img[src="x"], article b')).toBeNull();
  });

  it('says in one sentence that a page is not an article, and shows it anyway on request', async () => {
    const loadArticle = vi.fn(async (force: boolean): Promise<ArticleReply> =>
      force
        ? { ok: true, readerable: false, article }
        : { ok: false, reason: 'not-article', message: "This page doesn't look like an article." },
    );
    await show(loadArticle);
    expect(root().querySelector('main')!.dataset.state).toBe('not-article');
    expect(root().querySelector('article')).toBeNull();
    expect(root().textContent).toContain("This page doesn't look like an article.");
    const button = buttonNamed(root(), 'Show it anyway')!;
    await act(async () => button.click());
    expect(loadArticle).toHaveBeenLastCalledWith(true);
    expect(root().querySelector('article h1')!.textContent).toBe('Assad Thanks Putin');
  });

  it('says so when a page shown anyway has nothing to show, instead of offering it again', async () => {
    const notArticle: ArticleReply = {
      ok: false,
      reason: 'not-article',
      message: "This page doesn't look like an article.",
    };
    await show(async () => notArticle);
    await act(async () => buttonNamed(root(), 'Show it anyway')!.click());
    expect(root().textContent).toContain('There is no text on this page to show in the reader.');
    expect(root().textContent).not.toContain('Show it anyway');
    expect(root().querySelector('main')!.dataset.state).toBe('error');
  });

  it('does not offer "Show it anyway" where forcing cannot help', async () => {
    await show(async () => ({
      ok: false,
      reason: 'too-large',
      message: 'This page is too large to open in the reader.',
    }));
    expect(root().textContent).toContain('too large');
    expect(root().textContent).not.toContain('Show it anyway');
    expect(root().querySelector('main')!.dataset.state).toBe('error');
  });

  it('says something went wrong when the page cannot answer', async () => {
    await show(() => Promise.reject(new Error('gone')));
    expect(root().textContent).toContain('Something went wrong');
    expect(root().querySelector('main')!.dataset.state).toBe('error');
  });

  it('says it is loading until the page answers', async () => {
    await show(() => new Promise<ArticleReply>(() => {}));
    expect(root().querySelector('main')!.dataset.state).toBe('loading');
    expect(root().querySelector('main')!.getAttribute('aria-busy')).toBe('true');
  });

  it('closes on Esc and on the close button', async () => {
    const onClose = await show(async () => ({ ok: true, readerable: true, article }));
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
    await act(async () => root().querySelector<HTMLButtonElement>('button[aria-label="Close reader"]')!.click());
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
