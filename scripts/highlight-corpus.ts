/**
 * Highlights on the corpus pages, for the anchoring tests and `npm run bench`: each page's article
 * as the reader renders it, the middle sentence of every paragraph as a highlight, and edited
 * versions of each article (sentences reworded, paragraphs inserted and removed) with the place
 * every highlight should land, so re-anchoring can be scored: exact, near, orphaned, or wrong.
 */
import { readFileSync } from 'node:fs';
import { extractArticle } from '../utils/extract/extract-article';
import { sanitizeArticleHtml } from '../utils/extract/sanitize-html';
import { anchorSelectors } from '../utils/highlights/anchor-selectors';
import { describeOffsets } from '../utils/highlights/describe-range';
import { drawHighlight } from '../utils/highlights/render-marks';
import { offsetsOfRange, TextIndex } from '../utils/highlights/text-offsets';
import type { Selectors } from '../utils/highlights/types';
import { pageFolders, SHARED_PAGES_DIR } from './corpus';
import { parseHtml } from './parse-html';
import { randomFrom } from './seeded-random';

export interface CorpusArticle {
  name: string;
  url: string;
  html: string;
}

/** The article of every page in ../shared/pages that is one, extracted as the reader gets it. */
export function corpusArticles(dir = SHARED_PAGES_DIR): CorpusArticle[] {
  return pageFolders(dir).flatMap((name) => {
    const { url } = JSON.parse(readFileSync(`${dir}${name}/expected.json`, 'utf8')) as { url: string };
    const outcome = extractArticle(parseHtml(readFileSync(`${dir}${name}/source.html`, 'utf8'), url), url);
    return outcome.ok ? [{ name, url, html: outcome.article.html }] : [];
  });
}

/** The article body as the reader renders it: sanitized again, inside its own element. */
export function renderBody(html: string, url = 'https://reader.example/'): HTMLElement {
  const doc = parseHtml('<!DOCTYPE html><body><div class="article-body"></div></body>', url);
  const body = doc.querySelector<HTMLElement>('.article-body')!;
  body.innerHTML = sanitizeArticleHtml(html, doc.defaultView!);
  return body;
}

const BLOCKS = 'p, li, figcaption, blockquote, h2, h3, h4, td, dd';

/** Blocks of running text: no block inside them, long enough to hold sentences. */
function textBlocks(body: HTMLElement): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>(BLOCKS)].filter(
    (block) => !block.querySelector(BLOCKS) && (block.textContent ?? '').trim().length >= 40,
  );
}

/** Offsets of `block`'s middle sentence in `body`'s text; null when it has no clear one. */
function middleSentence(body: HTMLElement, block: HTMLElement): { start: number; end: number } | null {
  const text = block.textContent ?? '';
  const sentences =
    text
      .match(/[^.!?]+[.!?]+["'”’)]*/g)
      ?.map((s) => s.trim())
      .filter((s) => s.length >= 12) ?? [];
  const sentence = sentences[Math.floor(sentences.length / 2)] ?? text.trim();
  const at = text.indexOf(sentence);
  if (at < 0 || text.indexOf(sentence, at + 1) >= 0) return null;
  const range = body.ownerDocument.createRange();
  range.selectNodeContents(block);
  const blockStart = offsetsOfRange(body, range)!.start;
  return { start: blockStart + at, end: blockStart + at + sentence.length };
}

export interface Target {
  selectors: Selectors;
}

/** One highlight per text block: its middle sentence, described against the body's text. */
export function middleSentenceHighlights(body: HTMLElement): Target[] {
  const text = body.textContent ?? '';
  return textBlocks(body).flatMap((block) => {
    const span = middleSentence(body, block);
    const selectors = span && describeOffsets(text, span.start, span.end);
    return selectors ? [{ selectors }] : [];
  });
}

const INSERTED = [
  'Advertisement. Story continues below.',
  'This paragraph was added in an update to the article after it was first published.',
  'Correction: an earlier version of this article misstated a date.',
];

/** Changes one word of four or more letters in `node`'s text; false when it has none. */
function rewordIn(node: Text, random: () => number): boolean {
  const words = [...node.data.matchAll(/\p{L}{4,}/gu)];
  const word = words[Math.floor(random() * words.length)];
  if (!word) return false;
  const replacement = word[0].slice(0, -2) + (word[0].endsWith('ed') ? 'es' : 'ed');
  node.data = node.data.slice(0, word.index) + replacement + node.data.slice(word.index + word[0].length);
  return true;
}

function textNodes(root: Node, inMarks: boolean): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, 4);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!!node.parentElement?.closest('mark') === inMarks && (node as Text).data.trim()) nodes.push(node as Text);
  }
  return nodes;
}

export interface EditedCase {
  /** The edited body's text. */
  text: string;
  selectors: Selectors;
  /** Where the highlight belongs in `text`, or null when its passage was removed. */
  expected: { start: number; end: number } | null;
  /** The edit made to the highlight's own paragraph. */
  edit: 'none' | 'inserted-before' | 'removed' | 'reworded-around' | 'reworded-inside';
}

/**
 * Edits a copy of the body the way articles change after publication, paragraph by paragraph:
 * a paragraph inserted before it, the paragraph removed, a word changed around the highlight or
 * inside it. Each highlight is drawn as marks first, so where its text ends up is known exactly.
 */
export function editedCases(body: HTMLElement, targets: Target[], seed: number): EditedCase[] {
  const copy = body.cloneNode(true) as HTMLElement;
  const index = new TextIndex(copy);
  const drawn = targets.map(({ selectors: { position } }, i) =>
    drawHighlight(index, `t${i}`, 'yellow', position.start, position.end),
  );
  const random = randomFrom(seed);
  const edits = targets.map((_target, i): EditedCase['edit'] => {
    const marks = drawn[i]!.filter((mark) => copy.contains(mark));
    const block = marks[0]?.closest<HTMLElement>(BLOCKS);
    if (!block || !marks.every((mark) => block.contains(mark))) return 'none';
    const roll = random();
    if (roll < 0.15) {
      const inserted = copy.ownerDocument.createElement('p');
      inserted.textContent = INSERTED[Math.floor(random() * INSERTED.length)]!;
      block.before(inserted);
      return 'inserted-before';
    }
    if (roll < 0.25) {
      block.remove();
      return 'removed';
    }
    if (roll < 0.5) {
      const around = textNodes(block, false);
      return around.length && rewordIn(around[Math.floor(random() * around.length)]!, random)
        ? 'reworded-around'
        : 'none';
    }
    if (roll < 0.6) {
      const inside = textNodes(block, true).filter((node) => node.data.length >= 40);
      return inside.length && rewordIn(inside[0]!, random) ? 'reworded-inside' : 'none';
    }
    return 'none';
  });
  const text = copy.textContent ?? '';
  return targets.map((target, i) => {
    // A removed paragraph takes the marks in it out of the article.
    const marks = drawn[i]!.filter((mark) => copy.contains(mark));
    let expected = null;
    if (marks.length) {
      const range = copy.ownerDocument.createRange();
      range.setStartBefore(marks[0]!);
      range.setEndAfter(marks.at(-1)!);
      expected = offsetsOfRange(copy, range);
    }
    return { text, selectors: target.selectors, expected, edit: edits[i]! };
  });
}

export interface AnchorScore {
  exact: number;
  /** Placed over the right passage, but with boundaries a few characters off. */
  near: number;
  /** Passage removed and the highlight correctly reported as not placed. */
  orphaned: number;
  /** Passage still there but not found (listed as not placed: kept, not lost). */
  missed: number;
  /** Placed where it does not belong. Must stay 0. */
  wrong: number;
  total: number;
}

/** Re-anchors every case and scores it against where it belongs. */
export function scoreAnchoring(cases: EditedCase[]): AnchorScore {
  const score: AnchorScore = { exact: 0, near: 0, orphaned: 0, missed: 0, wrong: 0, total: cases.length };
  for (const { text, selectors, expected } of cases) {
    const anchor = anchorSelectors(text, selectors);
    if (!expected) score[anchor ? 'wrong' : 'orphaned']++;
    else if (!anchor) score.missed++;
    else if (anchor.start === expected.start && anchor.end === expected.end) score.exact++;
    else if (anchor.start < expected.end && expected.start < anchor.end) score.near++;
    else score.wrong++;
  }
  return score;
}
