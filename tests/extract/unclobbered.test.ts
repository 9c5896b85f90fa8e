import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { isTooLarge } from '@/utils/extract/is-too-large';
import { builtIn, unclobbered } from '@/utils/extract/unclobbered';

const PARAGRAPH =
  '<p>The ferry crews returned to work on Tuesday after two days on strike over rosters and pay, the union said.</p>';

function page(extra: string): JSDOM {
  return new JSDOM(
    `<title>Ferry strike ends</title><article><h1>Ferry strike ends</h1>${PARAGRAPH.repeat(6)}</article>${extra}`,
    {
      url: 'https://harbour.example/strike',
    },
  );
}

/**
 * Shadows the document's properties with its named elements, as Chromium does (the HTML standard's
 * named properties of a document and a form; jsdom has none).
 */
function shadowByName(doc: Document): void {
  for (const el of doc.querySelectorAll('[name]')) {
    const owner = el.closest('form') && el.localName !== 'form' ? el.closest('form')! : doc;
    Object.defineProperty(owner, el.getAttribute('name')!, { value: el, configurable: true });
  }
}

describe('a page whose elements are named after the document’s own properties', () => {
  it('still gives extraction the built-in property, not the element', () => {
    const { window } = page('<img name="defaultView" src="x.jpg">');
    shadowByName(window.document);
    expect(window.document.defaultView).toBeInstanceOf(window.HTMLImageElement);
    expect(builtIn<Window>(window.document, 'defaultView')).toBe(window);
  });

  it('is read from a copy without the names; the page itself is left as it was', () => {
    const { window } = page(
      '<img name="createElement" src="x.jpg"><form name="body"><input name="getAttribute"></form><meta name="author" content="A. Writer">',
    );
    const doc = window.document;
    shadowByName(doc);
    const copy = unclobbered(doc);
    expect(copy).not.toBe(doc);
    expect([...copy.querySelectorAll('[name]')].map((el) => el.localName)).toEqual(['meta']);
    expect(doc.querySelectorAll('[name]')).toHaveLength(4);
  });

  it('is read as it is when nothing in it can shadow a property', () => {
    const { window } = page('<meta name="author" content="A. Writer"><a name="top"></a>');
    expect(unclobbered(window.document)).toBe(window.document);
  });

  it('is not taken for too large when a form’s controls are named after the properties a walk reads', () => {
    const { window } = page(
      '<form><input name="nextElementSibling"><input name="firstElementChild"><input name="parentElement"></form><p>After the form.</p>',
    );
    shadowByName(window.document);
    expect(isTooLarge(window.document)).toBe(false);
  });

  it('gives its article like any other page', () => {
    const names = [
      'defaultView',
      'querySelectorAll',
      'cloneNode',
      'createElement',
      'getElementsByTagName',
      'body',
      'title',
      'URL',
    ];
    const { window } = page(
      names.map((name) => `<img name="${name}" src="x.jpg" alt="">`).join('') +
        '<form><input name="getAttribute"></form>',
    );
    shadowByName(window.document);
    const outcome = extractArticle(window.document, 'https://harbour.example/strike');
    expect(outcome).toMatchObject({
      ok: true,
      article: { title: 'Ferry strike ends', url: 'https://harbour.example/strike' },
    });
    expect(outcome.ok && outcome.article.text).toContain('The ferry crews returned to work on Tuesday');
  });
});
