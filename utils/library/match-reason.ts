import type { Highlight } from '../highlights/types';
import type { SavedArticle } from './records';
import { foldCase } from './search-words';

/** Why an article matched a search: what the result shows under its title. */
export type MatchReason =
  | { kind: 'title' }
  | { kind: 'site' }
  | { kind: 'highlight'; highlightId: string; text: string; note: string }
  | { kind: 'text'; text: string };

/** A sentence shown as the reason is cut to about this many characters around the match. */
const SNIPPET_CHARS = 160;

function escapeRegExp(text: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
}

/** Tests, for each query word, whether some word of a text starts with it. */
export function wordMatchers(query: string[]): (text: string) => boolean[] {
  const patterns = query.map(escapeRegExp);
  return (text) => {
    const folded = foldCase(text);
    return patterns.map((pattern) => pattern.test(folded));
  };
}

const all = (hits: boolean[]) => hits.length > 0 && hits.every(Boolean);

/** The sentence of `text` holding the most query words (all, at best), cut to a snippet. */
function bestSentence(text: string, test: (text: string) => boolean[]): { text: string; hits: boolean[] } | null {
  let best: { text: string; hits: boolean[]; score: number } | null = null;
  for (const sentence of text.split(/(?<=[.!?。！？])\s+|\n+/)) {
    const hits = test(sentence);
    const score = hits.filter(Boolean).length;
    if (score > 0 && (!best || score > best.score)) best = { text: sentence.trim(), hits, score };
    if (best && score === hits.length) break;
  }
  if (!best) return null;
  const snippet = best.text.length > SNIPPET_CHARS ? `${best.text.slice(0, SNIPPET_CHARS).replace(/\s+\S*$/, '')}…` : best.text;
  return { text: snippet, hits: best.hits };
}

/**
 * Why `article` matches every word of the query, from the most telling place: a highlight or its
 * note, then the title or site, then a sentence of the text. Null when it does not match after all
 * (the index only names candidates). `text` is read only when nothing else explains the match.
 */
export async function matchReason(
  article: SavedArticle,
  highlights: Highlight[],
  text: () => Promise<string>,
  query: string[],
): Promise<MatchReason | null> {
  const test = wordMatchers(query);
  for (const h of highlights) {
    if (all(test(`${h.selectors.quote.exact}\n${h.note}`))) {
      return { kind: 'highlight', highlightId: h.id, text: h.selectors.quote.exact, note: h.note };
    }
  }
  const heading = `${article.title}\n${article.byline ?? ''}`;
  if (all(test(heading))) return { kind: 'title' };
  if (all(test(article.siteName ?? ''))) return { kind: 'site' };
  // The words may be spread over several places: each must be somewhere.
  const body = await text();
  const sentence = bestSentence(body, test);
  const found = test([heading, article.siteName ?? '', body, ...highlights.map((h) => `${h.selectors.quote.exact}\n${h.note}`)].join('\n'));
  if (!all(found)) return null;
  if (sentence) return { kind: 'text', text: sentence.text };
  return { kind: 'title' };
}
