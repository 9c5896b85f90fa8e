// An article that a page builder splits into deeply wrapped sections comes out whole, not as its
// biggest section; an article in one container and the page around it stay as they were.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { parseHtml } from '../../scripts/parse-html';

const URL = 'https://garden.example/guides/winter-pruning';

const SECTIONS: [string, string[]][] = [
  [
    'Why prune in winter',
    [
      'Bare branches show the shape of a tree as no summer view can, so every cut is made with the whole crown in sight and nothing hidden behind leaves.',
      'Sap moves slowly in the cold months, which means a cut loses little and closes cleanly once the spring growth begins in earnest.',
    ],
  ],
  [
    'Tools that make clean cuts',
    [
      'A sharp bypass pruner handles anything thinner than a finger; a folding saw with a pull stroke takes care of the thicker limbs without tearing bark.',
      'Wipe each blade with alcohol between trees so that a canker found on one apple is not carried along the row to the next.',
    ],
  ],
  [
    'Where to cut',
    [
      'Cut just outside the collar, the slight swelling where a branch meets the trunk, and never flush with the trunk itself.',
      'Take out dead, crossing and inward-growing shoots first, then stand back and look before removing anything else.',
      'On a branch that faces outward, cut a little above a bud that points the way you want the new shoot to grow, sloping away from it.',
      'Large limbs come off in three cuts: an undercut, a top cut further out to drop the weight, and a last clean cut at the collar.',
      'Seal nothing: paints and wound dressings trap moisture against the wood, and a clean cut at the collar heals faster on its own.',
      'Keep the cuts few. A tree that loses more than a quarter of its crown in one winter answers with a thicket of upright water shoots.',
      'Burn or bin diseased wood at once, and chip or stack the healthy prunings in a quiet corner, where beetles and hedgehogs will use them.',
    ],
  ],
  [
    'What to leave alone',
    [
      'Early flowering shrubs such as forsythia set their buds in autumn: pruning them now cuts away the spring display.',
      'Stone fruit trees are best left until summer, when the risk of silver leaf infection through fresh wounds is lowest.',
      'Evergreens such as box and yew are trimmed in late spring instead, once the hardest frosts are over and new growth can cover the cuts.',
      'Anything with a bird nesting in it waits, whatever the season: the law protects active nests, and the shrub will still be there next year.',
    ],
  ],
];

/** One section as page builders nest it: a row, its inner wrapper, a column, a text module. */
function builderSection([heading, paragraphs]: [string, string[]]): string {
  const text = paragraphs.map((p) => `<div class="text-block"><p>${p}</p></div>`).join('');
  return `<div class="builder-row"><div class="row-inner"><div class="column column-full">
    <div class="module module-heading"><h2>${heading}</h2></div>
    <div class="module module-text"><div class="module-inner">${text}</div></div>
  </div></div></div>`;
}

function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Winter pruning, step by step</title></head><body>
<header><nav><a href="/">Home</a> <a href="/guides">Guides</a> <a href="/shop">Shop</a></nav></header>
<main><article><h1>Winter pruning, step by step</h1><div class="entry-content">${body}</div></article>
<aside class="sidebar"><h3>Popular guides</h3><ul><li><a href="/g/1">Planting bulbs in pots for a spring show</a></li>
<li><a href="/g/2">Composting in a small garden</a></li></ul></aside></main>
<footer><p>Garden Example is an independent site about growing things at home. All text and photographs are ours.</p></footer></body></html>`;
}

function extract(html: string) {
  const doc = parseHtml(html, URL);
  const outcome = extractArticle(doc, URL);
  doc.defaultView?.close();
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.article.text;
}

const ALL_PARAGRAPHS = SECTIONS.flatMap(([, paragraphs]) => paragraphs);

describe('articles split into sections', () => {
  it('shows every section of an article split into deeply wrapped sections, in order, with headings', () => {
    const text = extract(page(SECTIONS.map(builderSection).join('')));
    const places = ALL_PARAGRAPHS.map((p) => text.indexOf(p));
    expect(places.every((place) => place >= 0)).toBe(true);
    expect(places).toEqual(places.toSorted((a, b) => a - b));
    for (const [heading] of SECTIONS) expect(text).toContain(heading);
    expect(text).not.toContain('Popular guides');
    expect(text).not.toContain('Composting in a small garden');
    expect(text).not.toContain('independent site about growing things');
  });

  it('keeps an article that sits in one container as it is, without the page around it', () => {
    const plain = SECTIONS.map(
      ([heading, paragraphs]) => `<h2>${heading}</h2>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`,
    );
    const text = extract(page(plain.join('')));
    for (const p of ALL_PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain('Popular guides');
    expect(text).not.toContain('independent site about growing things');
  });
});
