/**
 * What a site's rules cost the extraction (`npm run bench:rules`): the seed page extracted in
 * jsdom without rules and with 20 removals (twelve that match blocks of the page, eight that match
 * nothing and are reported as skipped), in turns, RUNS times each after a warm-up. Prints both
 * medians, the step that applies the rules alone, and the difference. A benchmark: nothing is asserted.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../utils/extract/extract-article';
import type { RuleTarget, SiteRules } from '../utils/site-rules/site-rules';
import { SHARED_PAGES_DIR } from './corpus';
import { median } from './median';
import { parseHtml } from './parse-html';

const SEED = 'christian-times-aleppo';
const URL = 'https://www.christiantimes.example/news/aleppo';
const RUNS = 41;

const box = (selector: string): RuleTarget => ({ selector, kind: 'box', sample: selector });
const RULES: SiteRules = {
  content: null,
  removals: [
    // Blocks of the page: share bars, tags, related links, boxes beside the article.
    'div.share-top',
    'div.share-bottom',
    'div.tags',
    'div.related',
    'div.comment-login',
    'div.fb-like-box',
    'div.ad-inarticle',
    'div.breadcrumb',
    'span.credit',
    'div.trending',
    'div.newsletter',
    'div.most-popular',
    // Made on other pages of a site: nothing here matches them.
    'aside.poll',
    'div.sponsored',
    'section.recirculation',
    'div.paywall',
    'div.video-player',
    'ul.tag-cloud',
    'div.author-card',
    'figure.promo',
  ].map(box),
};

const doc = parseHtml(readFileSync(`${SHARED_PAGES_DIR}${SEED}/source.html`, 'utf8'), URL);

/** The step that applies the rules, as the last extraction timed it. */
let rulesStepMs = 0;

/** Milliseconds one extraction of the seed page takes with `rules`. */
function timeExtraction(rules?: SiteRules): number {
  const start = performance.now();
  const outcome = extractArticle(doc, URL, {
    rules,
    onStage: (stage, ms) => {
      if (stage === 'site rules') rulesStepMs = ms;
    },
  });
  const elapsed = performance.now() - start;
  if (!outcome.ok) throw new Error(`The seed page was not extracted: ${outcome.message}`);
  return elapsed;
}

for (let i = 0; i < 5; i++) {
  timeExtraction();
  timeExtraction(RULES);
}
const without: number[] = [];
const withRules: number[] = [];
const rulesStep: number[] = [];
for (let i = 0; i < RUNS; i++) {
  without.push(timeExtraction());
  withRules.push(timeExtraction(RULES));
  rulesStep.push(rulesStepMs);
}
const skipped = extractArticle(doc, URL, { rules: RULES });
const skippedCount = skipped.ok ? (skipped.skippedRules?.length ?? 0) : 0;
const [plain, ruled] = [median(without), median(withRules)];
console.log(`Seed page (${SEED}), median of ${RUNS} extractions in jsdom:`);
console.log(`  without rules        ${plain.toFixed(2)} ms`);
console.log(`  with 20 rules        ${ruled.toFixed(2)} ms  (${skippedCount} of them skipped: they match nothing)`);
console.log(`  applying the rules   ${median(rulesStep).toFixed(2)} ms  (the step alone)`);
// Removed blocks are work the later steps no longer do: the whole can come out faster.
console.log(`  whole extraction     ${(ruled - plain).toFixed(2)} ms  (with rules minus without)`);
