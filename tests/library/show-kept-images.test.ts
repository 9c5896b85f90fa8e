// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { imageSources } from '@/utils/library/image-sources';
import { showKeptImages } from '@/utils/library/show-kept-images';

const HTML =
  '<figure><img src="https://img.example/a.png?w=1&amp;h=2" alt="A chart"><figcaption>Chart</figcaption></figure>' +
  '<p>Text</p><img src="https://img.example/not-kept.png" alt="">';

describe('showKeptImages', () => {
  it('shows each kept image from its copy, found by the src the library keeps it under', () => {
    const [kept] = imageSources(HTML);
    const shown = showKeptImages(HTML, new Map([[kept!, 'blob:chrome-extension://x/1']]), new DOMParser());
    const body = document.createElement('div');
    body.innerHTML = shown;
    expect([...body.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      'blob:chrome-extension://x/1',
      'https://img.example/not-kept.png',
    ]);
    expect(body.querySelector('img')?.alt).toBe('A chart');
    expect(body.querySelector('figcaption')?.textContent).toBe('Chart');
  });

  it('returns the article as it is when no image was kept', () => {
    expect(showKeptImages(HTML, new Map(), new DOMParser())).toBe(HTML);
  });
});
