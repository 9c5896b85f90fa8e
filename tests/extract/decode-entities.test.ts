import { describe, expect, it } from 'vitest';
import { decodeEntities } from '@/utils/extract/decode-entities';

describe('decodeEntities', () => {
  it.each([
    ['a decimal reference', 'Tips &#8211; tricks', 'Tips – tricks'],
    ['a hex reference', 'It&#x2019;s here', 'It’s here'],
    ['named references', 'Rock &amp; roll &bull; Site', 'Rock & roll • Site'],
    ['a text escaped three times', 'And finally&amp;#8230; trouble', 'And finally… trouble'],
    ['an unknown name stays', 'Q&A &madeup; here', 'Q&A &madeup; here'],
    ['an invalid number stays', 'Bad &#0; and &#xD800;', 'Bad &#0; and &#xD800;'],
    ['plain text', 'No references', 'No references'],
  ])('%s', (_, text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });
});
