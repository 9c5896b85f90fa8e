// What is left of Readability's pick once tidied: nothing empty, and no two words glued together.
import { describe, expect, it } from 'vitest';
import { plainText } from '@/utils/extract/plain-text';
import { postClean } from '@/utils/extract/post-clean';
import { useParsedDocuments } from '../support/parsed-documents';

const parse = useParsedDocuments();

function cleaned(html: string): Element {
  const content = parse(`<!DOCTYPE html><html><body><div>${html}</div></body></html>`, 'https://drones.example/').body
    .firstElementChild!;
  postClean(content, 'Drones for film crews');
  return content;
}

describe('postClean', () => {
  it('keeps apart the words that a span of spaces separates (a site builder styles each one)', () => {
    const content = cleaned(
      '<p><span>Crews rent drones from</span><span style="color:red"><span> </span></span>' +
        '<a href="https://maker.example/">Skyward</a><span> </span><span>for a day of filming.</span></p>',
    );
    expect(plainText(content)).toBe('Crews rent drones from Skyward for a day of filming.');
  });

  it('keeps the line break that an otherwise empty span holds (an editor wraps each run of text)', () => {
    const content = cleaned(
      '<p><span>Folding bench</span><span><br></span><span>Price: $120</span><span><br></span>' +
        '<span>Light enough to carry to the garage.</span></p>',
    );
    expect(plainText(content)).toBe('Folding bench\nPrice: $120\nLight enough to carry to the garage.');
  });

  it('removes paragraphs and wrappers that hold nothing to read', () => {
    const content = cleaned('<p>The first shot is the hardest.</p><p><span> </span></p><div><span></span></div>');
    expect(content.innerHTML).toBe('<p>The first shot is the hardest.</p>');
  });
});
