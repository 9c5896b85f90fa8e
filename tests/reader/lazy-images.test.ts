// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { lazyImages } from '@/components/reader/lazy-images';

const PHOTOS = ['lighthouse', 'ferry', 'gulls', 'nets'].map(
  (name) =>
    `<figure><img src="https://img.example/${name}.jpg" alt="The ${name}"><figcaption>${name}</figcaption></figure>`,
);

/** Each image's `loading`, in order, as the reader shows the article. */
function loadingOf(html: string): (string | null)[] {
  const body = document.createElement('div');
  body.innerHTML = html;
  return [...body.querySelectorAll('img')].map((img) => img.getAttribute('loading'));
}

describe('lazyImages', () => {
  it('loads the lead image at once and the others as the reader nears them, text and captions untouched', () => {
    const html = `<p>The harbour at dawn.</p>${PHOTOS.join('<p>Between the photographs.</p>')}`;
    const shown = lazyImages(html, new DOMParser());
    expect(loadingOf(shown)).toEqual([null, 'lazy', 'lazy', 'lazy']);
    const body = document.createElement('div');
    body.innerHTML = shown;
    expect(body.textContent).toBe(new DOMParser().parseFromString(html, 'text/html').body.textContent);
    expect([...body.querySelectorAll('img')].map((img) => img.alt)).toEqual([
      'The lighthouse',
      'The ferry',
      'The gulls',
      'The nets',
    ]);
  });

  it('loads images kept in the library (blob: addresses) at once: they are local', () => {
    const html = PHOTOS.slice(0, 3).join('').replace('https://img.example/ferry.jpg', 'blob:chrome-extension://x/1');
    expect(loadingOf(lazyImages(html, new DOMParser()))).toEqual([null, null, 'lazy']);
  });

  it('returns an article of at most one image as it is', () => {
    const one = `<p>Only words here.</p>${PHOTOS[0]}`;
    expect(lazyImages(one, new DOMParser())).toBe(one);
    expect(lazyImages('<p>No photographs.</p>', new DOMParser())).toBe('<p>No photographs.</p>');
  });
});
