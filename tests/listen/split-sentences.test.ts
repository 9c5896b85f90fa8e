// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { rangeOfOffsets } from '@/utils/highlights/text-offsets';
import { MAX_PIECE } from '@/utils/listen/split-long-sentence';
import { splitSentences } from '@/utils/listen/split-sentences';

function body(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const said = (html: string, lang: string | null = 'en') => splitSentences(body(html), lang).map((s) => s.text);

describe('splitSentences: where sentences end', () => {
  it.each([
    [
      'plain English',
      'en',
      'The crews walked out. Commuters waited! Why? Nobody knew.',
      ['The crews walked out.', 'Commuters waited!', 'Why?', 'Nobody knew.'],
    ],
    [
      'titles before names',
      'en',
      'Dr. Smith met Mr. and Mrs. Jones. They talked.',
      ['Dr. Smith met Mr. and Mrs. Jones.', 'They talked.'],
    ],
    [
      'Saint and Professor',
      'en',
      'Prof. Brown lives near St. Paul’s. He walks.',
      ['Prof. Brown lives near St. Paul’s.', 'He walks.'],
    ],
    [
      'e.g. and i.e. before a capital',
      'en',
      'Some cities, e.g. Paris, are busy. Others, i.e. London, too.',
      ['Some cities, e.g. Paris, are busy.', 'Others, i.e. London, too.'],
    ],
    ['U.S. inside a sentence', 'en', 'The U.S. economy grew. Prices rose.', ['The U.S. economy grew.', 'Prices rose.']],
    [
      'No. before a number',
      'en',
      'He wrote Symphony No. 5. It is famous.',
      ['He wrote Symphony No. 5.', 'It is famous.'],
    ],
    [
      'page and figure numbers',
      'en',
      'See p. 12 and Fig. 3 for details. Then stop.',
      ['See p. 12 and Fig. 3 for details.', 'Then stop.'],
    ],
    [
      'initials',
      'en',
      'J. R. R. Tolkien wrote books. He died in 1973.',
      ['J. R. R. Tolkien wrote books.', 'He died in 1973.'],
    ],
    [
      'decimal numbers and money',
      'en',
      'Prices rose 2.5 percent to $1.50. Version 2.0.1 is out.',
      ['Prices rose 2.5 percent to $1.50.', 'Version 2.0.1 is out.'],
    ],
    ['a quote closing after the full stop', 'en', 'He said “No.” Then he left.', ['He said “No.”', 'Then he left.']],
    ['straight quotes', 'en', 'He said "No." Then he left.', ['He said "No."', 'Then he left.']],
    ['a quote then the speaker', 'en', '“Stop!” he shouted. “Now.”', ['“Stop!” he shouted.', '“Now.”']],
    [
      'a bracketed sentence',
      'en',
      'She shrugged. (It was late.) They left.',
      ['She shrugged.', '(It was late.)', 'They left.'],
    ],
    [
      'ellipses before a capital',
      'en',
      'It ended... Then silence. And then… Nothing.',
      ['It ended...', 'Then silence.', 'And then…', 'Nothing.'],
    ],
    [
      'ellipses inside a sentence',
      'en',
      'Wait... what happened? Well… maybe.',
      ['Wait... what happened?', 'Well… maybe.'],
    ],
    [
      'line breaks in the source are spaces',
      'en',
      'The ferry\ncrews walked\n   out. Then rain.',
      ['The ferry crews walked out.', 'Then rain.'],
    ],
    [
      'German abbreviations',
      'de',
      'Das ist z. B. ein Test. Siehe Nr. 5 im Text. Herr Dr. Müller kam.',
      ['Das ist z. B. ein Test.', 'Siehe Nr. 5 im Text.', 'Herr Dr. Müller kam.'],
    ],
    [
      'German ordinals and years',
      'de',
      'Am 3. Oktober 1990 kam die Einheit. Er starb 1973. Dann kam der Winter.',
      ['Am 3. Oktober 1990 kam die Einheit.', 'Er starb 1973.', 'Dann kam der Winter.'],
    ],
    ['German quotes', 'de', 'Er sagte: „Nein.“ Dann ging er.', ['Er sagte: „Nein.“', 'Dann ging er.']],
    [
      'French guillemets with spaces',
      'fr',
      'M. Dupont est arrivé. Il a dit « Bonjour. » Puis il est parti.',
      ['M. Dupont est arrivé.', 'Il a dit « Bonjour. »', 'Puis il est parti.'],
    ],
    [
      'Chinese',
      'zh',
      '我们今天去公园。天气很好！你来吗？他说：“好。”然后走了。',
      ['我们今天去公园。', '天气很好！', '你来吗？', '他说：“好。”', '然后走了。'],
    ],
    [
      'Japanese',
      'ja',
      '今日は晴れです。散歩に行きましょう！どうですか？',
      ['今日は晴れです。', '散歩に行きましょう！', 'どうですか？'],
    ],
    [
      'Japanese quotation',
      'ja',
      '彼は「はい。」と言った。それから帰った。',
      ['彼は「はい。」と言った。', 'それから帰った。'],
    ],
    ['Arabic', 'ar', 'هل أنت بخير؟ نعم، أنا بخير. شكرا لك.', ['هل أنت بخير؟', 'نعم، أنا بخير.', 'شكرا لك.']],
    ['no language given', null, 'One. Two.', ['One.', 'Two.']],
    ['a language tag that is not one', 'not a tag!', 'One. Two.', ['One.', 'Two.']],
  ])('%s', (_name, lang, text, expected) => {
    expect(said(`<p>${text}</p>`, lang)).toEqual(expected);
  });
});

describe('splitSentences: what is read, and where it is', () => {
  it('reads paragraphs, headings, list items, quotes, captions and cells, each on its own', () => {
    const html =
      '<h2>Strike</h2><p>Crews walked out. Piers closed.</p><ul><li>Pier 1 closed</li><li>Pier 2 open</li></ul>' +
      '<blockquote><p>We are tired.</p></blockquote><figure><img src="a.jpg" alt="A pier"><figcaption>The pier at six</figcaption></figure>' +
      '<table><tr><th>Pier</th><td>Open</td></tr></table>';
    expect(said(html)).toEqual([
      'Strike',
      'Crews walked out.',
      'Piers closed.',
      'Pier 1 closed',
      'Pier 2 open',
      'We are tired.',
      'The pier at six',
      'Pier',
      'Open',
    ]);
  });

  it('skips code blocks but reads inline code', () => {
    expect(said('<p>Run <code>make</code> now.</p><pre><code>make all\nmake test</code></pre><p>Done.</p>')).toEqual([
      'Run make now.',
      'Done.',
    ]);
  });

  it('does not run a sentence across a line break or into a nested list', () => {
    expect(
      said('<p>Roses are red<br>violets are blue</p><ul><li>Fruit<ul><li>Apples</li></ul>and more</li></ul>'),
    ).toEqual(['Roses are red', 'violets are blue', 'Fruit', 'Apples', 'and more']);
  });

  it('gives offsets into the root text that find each sentence, and the block it is in', () => {
    const root = body(
      '<h2>Strike</h2>\n<p>The crews <em>walked</em> out.  Then\nrain.</p><pre>skip me.</pre><p>Last one.</p>',
    );
    const sentences = splitSentences(root, 'en');
    expect(sentences.map((s) => rangeOfOffsets(root, s.start, s.end)!.toString())).toEqual([
      'Strike',
      'The crews walked out.',
      'Then\nrain.',
      'Last one.',
    ]);
    expect(sentences.map((s) => s.block.localName)).toEqual(['h2', 'p', 'p', 'p']);
    expect(sentences[1]!.block).toBe(sentences[2]!.block);
    expect(sentences[3]!.block).toBe(root.lastElementChild);
  });

  it('cuts a very long sentence after clauses into pieces one utterance can carry', () => {
    const clause = 'the crews walked out at dawn and the commuters waited on the pier, ';
    const long = `${'And '.concat(clause.repeat(8)).trimEnd().slice(0, -1)}.`;
    const pieces = said(`<p>${long} Short one.</p>`);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.every((p) => p.length <= MAX_PIECE)).toBe(true);
    expect(pieces.slice(0, -2).every((p) => p.endsWith(','))).toBe(true);
    expect(pieces.slice(0, -1).join(' ')).toBe(long);
    expect(pieces.at(-1)).toBe('Short one.');
  });

  it('cuts long Chinese text without spaces', () => {
    const long = '我们今天去公园天气很好'.repeat(30) + '。';
    const pieces = said(`<p>${long}</p>`, 'zh');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(long);
  });

  it('reads each paragraph as one piece where the browser cannot split sentences', () => {
    const { Segmenter } = Intl;
    Reflect.deleteProperty(Intl, 'Segmenter');
    try {
      expect(said('<p>One. Two.</p><p>Three.</p>')).toEqual(['One. Two.', 'Three.']);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', { value: Segmenter, writable: true, configurable: true });
    }
  });

  it('has nothing to read in an empty body or one of only images and code', () => {
    expect(said('')).toEqual([]);
    expect(said('<figure><img src="a.jpg" alt=""></figure><pre>x = 1.</pre><p> • </p>')).toEqual([]);
  });
});
