// What a page's stylesheet hides by a framework's utility class stays out of the reader; what it
// shows at some width, the rest of a list that "Show more" opens and a veiled article stay in.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { useParsedDocuments } from '../support/parsed-documents';

const URL = 'https://kettles.example/questions/why-does-my-kettle-click';

const QUESTION =
  'My kettle clicks off a few seconds before the water boils, then starts again on its own. It is two years old and has never been descaled. Is it safe to keep using it this way?';
const ANSWERS = [
  'The switch is a bimetallic disc under the base: scale on the element makes the water near it boil early, the steam reaches the disc, and the kettle switches off before the rest of the water is hot.',
  'Descale it with a cup of white vinegar topped up with water, left to stand for an hour, then rinse it twice. If it still clicks early after that, the disc itself is worn and the base needs replacing.',
];
const OPENED =
  'A kettle that still clicks early after descaling has a worn switch, which a repair shop replaces for less than a new kettle costs.';
const MORE_TIPS = ['Empty the kettle after each use.', 'Use filtered water where the water is hard.'];
const FIRST_TIPS = ['Boil only what you need.', 'Keep the lid closed while it heats.'];

const parse = useParsedDocuments();

function readerText(body: string): string {
  const html = `<!DOCTYPE html><html><head><title>Why does my kettle click off early?</title></head><body>${body}</body></html>`;
  const outcome = extractArticle(parse(html, URL), URL);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.article.text;
}

const post = (text: string, author: string) =>
  `<div class="post"><span class="d-none">[begin]</span><div class="post-body"><p>${text}</p></div>` +
  `<span class="d-none">[end]</span><div class="d-none" itemprop="dateCreated">2024-03-02 10:15:00Z</div>` +
  `<div class="user"><a href="/users/${author}">${author}</a></div></div>`;

describe('elements hidden by a utility class', () => {
  it("leaves out a thread's machine-readable copies and a form shown only later", () => {
    const text = readerText(
      `<main><h1>Why does my kettle click off early?</h1>${post(QUESTION, 'ana')}${post(ANSWERS[0]!, 'ben')}` +
        `${post(ANSWERS[1]!, 'cleo')}<div class="d-none"><p>Email me when this answer is edited</p></div></main>`,
    );
    for (const p of [QUESTION, ...ANSWERS]) expect(text).toContain(p);
    expect(text).not.toMatch(/\[begin\]|\[end\]|2024-03-02|Email me/);
  });

  it('keeps what shows at some screen width or a script has shown, and the rest of a list that "Show more" opens', () => {
    const tips = [
      ...FIRST_TIPS.map((tip) => `<li class="tip">${tip}</li>`),
      ...MORE_TIPS.map((tip) => `<li class="tip hidden">${tip}</li>`),
    ].join('');
    const text = readerText(
      `<article><h1>Why does my kettle click off early?</h1><p>${QUESTION}</p>` +
        `<div class="hidden md:block"><p>${ANSWERS[0]}</p></div><div class="d-none d-lg-block"><p>${ANSWERS[1]}</p></div>` +
        `<div class="hidden" style="display: block"><p>${OPENED}</p></div>` +
        `<h2>Tips</h2><ul>${tips}</ul><button>Show more</button></article>`,
    );
    for (const p of [QUESTION, ...ANSWERS, OPENED, ...FIRST_TIPS, ...MORE_TIPS]) expect(text).toContain(p);
  });

  it('keeps an article whose wrapper stays hidden until a script shows it', () => {
    const text = readerText(
      `<div class="hidden"><article><h1>Why does my kettle click off early?</h1>${ANSWERS.map((p) => `<p>${p}</p>`).join('')}</article></div>`,
    );
    for (const p of ANSWERS) expect(text).toContain(p);
  });
});
