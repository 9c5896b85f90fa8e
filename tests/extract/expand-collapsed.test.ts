// A guide whose steps sit in collapsed accordion panels comes out with every step; a collapsed menu
// of links and a tab set's other panels stay out of the article.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { useParsedDocuments } from '../support/parsed-documents';

const URL = 'https://bees.example/guides/first-hive';

const INTRO = [
  'Keeping bees starts long before the first colony arrives: the hive, the site and the neighbours all need thought, and a spring start gives the colony a whole season to build up.',
  'This guide walks through the first year in four steps, from choosing a hive to the first inspection, with the mistakes new keepers make most often at each one.',
];

const STEPS: [string, string][] = [
  [
    'Choose a hive',
    'A national hive is the common choice here: frames and parts fit from any supplier, and a local association can lend a spare brood box when a colony grows faster than expected.',
  ],
  [
    'Find a quiet site',
    'Face the entrance away from paths and gardens, shelter the hive from the north wind, and put a hedge or fence in front so that the bees fly up and over people rather than through them.',
  ],
  [
    'Collect the colony',
    'Pick up a nucleus on a cool evening when the foragers are home, close the entrance with foam, and move it in one trip without stopping, then leave it shut until the next morning.',
  ],
];

const parse = useParsedDocuments();

/** One step as accordions render it: a button naming the panel, and the panel hidden until pressed. */
function step([title, text]: [string, string], i: number, hiding: string): string {
  return `<div class="accordion-item"><h3><button type="button" aria-expanded="false" aria-controls="step-${i}">${title}</button></h3>
<div id="step-${i}" role="region" ${hiding}><p>${text}</p></div></div>`;
}

function extract(body: string): string {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Your first hive</title></head><body>
<main><article><h1>Your first hive</h1>${INTRO.map((p) => `<p>${p}</p>`).join('')}
<p><button aria-expanded="false" aria-controls="more">More guides</button></p>
<ul id="more" hidden><li><a href="/guides/smoker">Lighting a smoker that stays lit for a whole inspection</a></li>
<li><a href="/guides/swarms">Catching a swarm from a hedge without a ladder or a fright</a></li></ul>
${body}</article></main></body></html>`;
  const outcome = extractArticle(parse(html, URL), URL);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.article.text;
}

describe('collapsed panels', () => {
  it.each([
    ['the hidden attribute', 'hidden'],
    ['an inline display: none', 'style="display:none"'],
  ])('shows every step of an accordion collapsed with %s, in order', (_, hiding) => {
    const text = extract(STEPS.map((s, i) => step(s, i, hiding)).join(''));
    const places = STEPS.map(([title, body]) => [text.indexOf(title), text.indexOf(body)]).flat();
    expect(places.every((place) => place >= 0)).toBe(true);
    expect(places).toEqual(places.toSorted((a, b) => a - b));
  });

  it('leaves a collapsed menu of links hidden', () => {
    const text = extract(STEPS.map((s, i) => step(s, i, 'hidden')).join(''));
    expect(text).not.toContain('Catching a swarm');
  });

  it("leaves a tab set's other panels hidden", () => {
    const [first, second] = STEPS;
    const tabs = `<div role="tablist"><button role="tab" aria-selected="true" aria-controls="tab-a">Spring</button>
<button role="tab" aria-selected="false" aria-controls="tab-b">Autumn</button></div>
<div id="tab-a" role="tabpanel"><p>${first![1]}</p></div><div id="tab-b" role="tabpanel" hidden><p>${second![1]}</p></div>`;
    const text = extract(tabs);
    expect(text).toContain(first![1]);
    expect(text).not.toContain(second![1]);
  });
});
