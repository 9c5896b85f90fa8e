// Replacing an element keeps its attributes, even those only the HTML parser can make.
import { expect, it } from 'vitest';
import { replaceElement } from '@/utils/extract/replace-element';
import { parseHtml } from '../../scripts/parse-html';

it('keeps attributes whose names setAttribute would refuse (a stray quote in the markup)', () => {
  const doc = parseHtml('<!DOCTYPE html><body><p class="lede"" lang="en">Text</p></body>', 'https://news.example/');
  const p = doc.querySelector('p')!;
  expect([...p.attributes].map((a) => a.name)).toContain('"');
  replaceElement(p, 'div');
  const div = doc.querySelector('div')!;
  expect(div.getAttribute('class')).toBe('lede');
  expect(div.getAttribute('lang')).toBe('en');
  expect(div.textContent).toBe('Text');
  doc.defaultView?.close();
});
