// Compares our article with Readability's output block by block: the text-kept measure of
// tests/extract/readability-pages.test.ts and the per-page diff of `npm run bench -- --report`.
import { JSDOM } from 'jsdom';
import type { Article } from '../utils/extract/article';

const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TD',
  'TH',
  'PRE',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'DT',
  'DD',
  'CAPTION',
]);

/** Marks we drop on purpose that are not text: a wiki heading's "[edit]" and a footnote's back-links. */
const EDIT_MARK = /\[(?:edit|editsource)(?:\|editsource)?\]/gi;
/** A heading's link to itself ("Setting up¶", "Current status #"): the heading stays, its mark goes. */
const PERMALINK_MARK = /(?:[¶#§]|🔗)$/u;
/** "^", "^ a b", "^ Jump up to: a b" opening a footnote (squeezed): the caret and its letter links. */
const BACKLINK_PREFIX = /^[\^↑↩](?:Jumpupto:)?[a-z]*/;

/** Text without any whitespace: block boundaries are newlines for us and nothing for Readability. */
function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A block as compared (squeezed, marks removed) and as shown to a reviewer (spaces collapsed). */
export interface Block {
  key: string;
  text: string;
}

/** The innermost text blocks (no block inside) of an HTML fragment. */
function textBlocks(html: string): Block[] {
  const all = [...JSDOM.fragment(html).querySelectorAll('*')];
  const outer = new Set<Element>();
  for (const el of all) {
    if (!BLOCK_TAGS.has(el.tagName)) continue;
    for (let up = el.parentElement; up; up = up.parentElement) if (BLOCK_TAGS.has(up.tagName)) outer.add(up);
  }
  return all
    .filter((el) => BLOCK_TAGS.has(el.tagName) && !outer.has(el))
    .map((el) => {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const key = squeezed(text).replace(EDIT_MARK, '').replace(BACKLINK_PREFIX, '');
      return { key: /^H\d$/.test(el.tagName) ? key.replace(PERMALINK_MARK, '') : key, text };
    })
    .filter((block) => block.key);
}

/** What the reader shows as text: the title and byline above the article, then its text. */
function shownText(article: Article): string {
  return squeezed([article.title, article.byline ?? '', article.text].join('\n'));
}

export interface BlockDiff {
  /** Readability's blocks. */
  theirs: Block[];
  /** Those of Readability's blocks absent from what our reader shows. */
  missing: Block[];
  /** Our blocks that Readability's output lacks. */
  added: Block[];
}

/** Block-level difference between Readability's HTML and our article (null: we gave none). */
export function compareBlocks(readabilityHtml: string, article: Article | null): BlockDiff {
  const theirs = textBlocks(readabilityHtml);
  if (!article) return { theirs, missing: theirs, added: [] };
  const ours = shownText(article);
  const theirText = theirs.map((block) => block.key).join('');
  return {
    theirs,
    missing: theirs.filter((block) => !ours.includes(block.key)),
    added: textBlocks(article.html).filter((block) => !theirText.includes(block.key)),
  };
}
