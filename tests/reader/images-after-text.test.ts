// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { deferImages } from '@/components/reader/images-after-text';

const PHOTOS = ['lighthouse', 'ferry', 'gulls', 'nets'].map(
  (name) =>
    `<figure><img src="https://img.example/${name}.jpg" alt="The ${name}"><figcaption>${name}</figcaption></figure>`,
);

/** Each image's `loading`, in order, as the reader puts the article on the page. */
function loadingOf(html: string): (string | null)[] {
  const body = document.createElement('div');
  body.innerHTML = html;
  return [...body.querySelectorAll('img')].map((img) => img.getAttribute('loading'));
}

describe('deferImages', () => {
  it('holds back every image but the lead, text and captions untouched', () => {
    const html = `<p>The harbour at dawn.</p>${PHOTOS.join('<p>Between the photographs.</p>')}`;
    const shown = deferImages(html, new DOMParser());
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

  it('does not hold back images kept in the library (blob: addresses): they are local', () => {
    const html = PHOTOS.slice(0, 3).join('').replace('https://img.example/ferry.jpg', 'blob:chrome-extension://x/1');
    expect(loadingOf(deferImages(html, new DOMParser()))).toEqual([null, null, 'lazy']);
  });

  it('returns an article of at most one image as it is', () => {
    const one = `<p>Only words here.</p>${PHOTOS[0]}`;
    expect(deferImages(one, new DOMParser())).toBe(one);
    expect(deferImages('<p>No photographs.</p>', new DOMParser())).toBe('<p>No photographs.</p>');
  });
});
