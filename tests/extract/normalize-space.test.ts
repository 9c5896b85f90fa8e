// Checks of short lines (bylines, datelines, share prompts) read a paragraph's text only as far as
// they need to, and judge exactly as normalizeSpace's whole text would.
import { describe, expect, it } from 'vitest';
import { normalizeSpace, shortText } from '@/utils/extract/normalize-space';
import { useParsedDocuments } from '../support/parsed-documents';

const parse = useParsedDocuments();
const paragraph = (html: string) => parse(`<!DOCTYPE html><p>${html}</p>`, 'https://news.example/').querySelector('p')!;

describe('shortText', () => {
  it('gives a short line as normalizeSpace does', () => {
    const line = paragraph(' Share\u00a0this <b>article</b>\n on  Facebook ');
    expect(shortText(line, 40)).toBe('Share this article on Facebook');
    expect(shortText(line, 40)).toBe(normalizeSpace(line.textContent!));
  });

  it('judges the whole text, not its first characters', () => {
    expect(shortText(paragraph('word '.repeat(30)), 160)).toBe('word '.repeat(30).trim());
    expect(shortText(paragraph('word '.repeat(40)), 160)).toBeNull();
    expect(shortText(paragraph('word '.repeat(1_000)), 160)).toBeNull();
  });

  it('gives a line padded with more spaces than it has characters', () => {
    const padded = paragraph(`${' '.repeat(1_000)}By Ana Lima${'\n'.repeat(1_000)}`);
    expect(shortText(padded, 20)).toBe('By Ana Lima');
  });

  it('gives a line exactly at the limit and null one character past it', () => {
    expect(shortText(paragraph('x'.repeat(120)), 120)).toBe('x'.repeat(120));
    expect(shortText(paragraph('x'.repeat(121)), 120)).toBeNull();
  });
});
