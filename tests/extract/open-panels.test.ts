// Text folded into an accordion or tabs shows in the reader; a hidden menu or dialog stays out.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { useParsedDocuments } from '../support/parsed-documents';

const URL = 'https://solar.example/guides/installing-panels';

const INTRO = [
  'Putting panels on a roof takes a few weeks from the first visit to the day the meter turns, and most of that time is paperwork rather than work on the roof itself.',
  'The steps below are the ones nearly every installation goes through, in the order they usually happen, with the time each one tends to take.',
];
const STEPS: [string, string][] = [
  [
    'Read your electric bill',
    'A year of bills shows how much power the house uses in each season, which decides how many panels the roof needs and how quickly they pay for themselves.',
  ],
  [
    'Check the roof',
    'An installer looks at the angle, the shade from nearby trees and the age of the tiles, since a roof due for repair should be mended before anything is fixed to it.',
  ],
  [
    'Apply for permits',
    'The town and the power company each approve the plans, which takes two to six weeks depending on how busy their offices are at that time of year.',
  ],
];
const MENU = 'Solar panels Batteries Heat pumps Financing';
const DIALOG = 'Enter your postcode to see the installers who work in your area this month.';

const parse = useParsedDocuments();

function articleText(steps: string): string {
  const html = `<!DOCTYPE html><html><head><title>Installing solar panels</title></head><body>
<header><button aria-controls="site-menu" aria-expanded="false">Menu</button>
<ul id="site-menu" hidden>${MENU.split(' ')
    .map((word) => `<li><a href="/${word}">${word}</a></li>`)
    .join('')}</ul></header>
<main><article><h1>Installing solar panels</h1>${INTRO.map((p) => `<p>${p}</p>`).join('')}${steps}</article></main>
<button aria-controls="postcode" aria-haspopup="dialog">Find an installer</button>
<div id="postcode" role="dialog" style="display:none"><p>${DIALOG}</p></div>
</body></html>`;
  const outcome = extractArticle(parse(html, URL), URL);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.article.text;
}

describe('folded panels', () => {
  it('shows every step of an accordion whose answers are hidden until their buttons open them', () => {
    const steps = STEPS.map(
      ([title, text], i) =>
        `<div class="accordion"><h3><button aria-controls="step-${i}" aria-expanded="false">${title}</button></h3>` +
        `<div id="step-${i}" role="region" style="display:none;"><p>${text}</p></div></div>`,
    ).join('');
    const text = articleText(steps);
    for (const [title, step] of STEPS) {
      expect(text).toContain(title);
      expect(text).toContain(step);
    }
    for (const p of INTRO) expect(text).toContain(p);
  });

  it('shows the panels of tabs hidden by the hidden attribute', () => {
    const tabs = `<div role="tablist">${STEPS.map(
      ([title], i) => `<button role="tab" aria-controls="tab-${i}">${title}</button>`,
    ).join('')}</div>${STEPS.map(
      ([, text], i) => `<div id="tab-${i}" role="tabpanel"${i > 0 ? ' hidden' : ''}><p>${text}</p></div>`,
    ).join('')}`;
    const text = articleText(tabs);
    for (const [, step] of STEPS) expect(text).toContain(step);
  });

  it('shows hidden tab panels whose tabs the saved page no longer has (a script builds them)', () => {
    // The first tab is shown; the second is hidden outright, the third by its class (CSS) and aria-hidden.
    const folds = ['', ' aria-hidden="true" hidden="hidden"', ' class="tab-inactive" aria-hidden="true"'];
    const tabs = STEPS.map(
      ([, text], i) => `<section id="tab-${i}" role="tabpanel"${folds[i]}><p>${text}</p></section>`,
    ).join('');
    const text = articleText(tabs);
    for (const [, step] of STEPS) expect(text).toContain(step);
  });

  it('leaves out a hidden menu and a hidden dialog that controls open', () => {
    const text = articleText(STEPS.map(([title, step]) => `<h3>${title}</h3><p>${step}</p>`).join(''));
    expect(text).not.toContain('Heat pumps');
    expect(text).not.toContain(DIALOG);
    expect(text).toContain(STEPS[2]![1]);
  });
});
