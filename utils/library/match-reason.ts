import type { Highlight } from '../highlights/types';
import type { SavedArticle } from './records';
import type { SearchText } from './search-reads';
import { foldCase } from './search-words';

/** Why an article matched a search: what the result shows under its title. */
export type MatchReason =
  | { kind: 'title' }
  | { kind: 'site' }
  | { kind: 'highlight'; highlightId: string; text: string; note: string }
  | { kind: 'text'; text: string };

/** A sentence shown as the reason is cut to about this many characters. */
const SNIPPET_CHARS = 160;
const SENTENCES = /(?<=[.!?。！？])\s+|\n+/;
const NOT_ASCII = /[\u0080-\uffff]/;

/** A query word as a pattern: the start of a word, in folded text. */
function wordStart(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
}

const all = (hits: boolean[]) => hits.length > 0 && hits.every(Boolean);
const count = (hits: boolean[]) => hits.filter(Boolean).length;

function snippet(sentence: string): string {
  const text = sentence.trim();
  return text.length > SNIPPET_CHARS ? `${text.slice(0, SNIPPET_CHARS).replace(/\s+\S*$/, '')}…` : text;
}

/** The sentence of `text` around `index`. */
function sentenceAround(text: string, index: number): string {
  let start = 0;
  for (const end of text.slice(0, index).matchAll(new RegExp(SENTENCES, 'g'))) start = end.index + end[0].length;
  const rest = text.slice(index).search(SENTENCES);
  return text.slice(start, rest < 0 ? text.length : index + rest);
}

/**
 * The sentence of `text` holding the most query words (all, at best). Plain ASCII text folds to
 * itself letter for letter, so only the sentences where each word first occurs are looked at;
 * other text is gone through sentence by sentence.
 */
function bestSentence(
  text: string,
  folded: string,
  patterns: RegExp[],
  hitsIn: (text: string) => boolean[],
): string | null {
  let best: { text: string; score: number } | null = null;
  const candidates = NOT_ASCII.test(text)
    ? text.split(SENTENCES)
    : patterns.flatMap((pattern) => {
        const at = folded.search(pattern);
        return at < 0 ? [] : [sentenceAround(text, at)];
      });
  for (const sentence of candidates) {
    const score = count(hitsIn(sentence));
    if (score > 0 && (!best || score > best.score)) best = { text: sentence, score };
    if (best?.score === patterns.length) break;
  }
  return best && snippet(best.text);
}

/**
 * Why `article` matches every word of the query, from the most telling place: a highlight or its
 * note, then the title or site, then a sentence of the text. Null when it does not match after all
 * (the index only names candidates). `text` is read only when nothing else explains the match.
 */
export async function matchReason(
  article: SavedArticle,
  highlights: Highlight[],
  text: () => Promise<SearchText>,
  query: string[],
): Promise<MatchReason | null> {
  const patterns = query.map(wordStart);
  const hitsIn = (value: string) => {
    const folded = foldCase(value);
    return patterns.map((pattern) => pattern.test(folded));
  };
  const marked = highlights.map((h) => `${h.selectors.quote.exact}\n${h.note}`);
  for (const [i, h] of highlights.entries()) {
    if (all(hitsIn(marked[i]!)))
      return { kind: 'highlight', highlightId: h.id, text: h.selectors.quote.exact, note: h.note };
  }
  const heading = `${article.title}\n${article.byline ?? ''}`;
  if (all(hitsIn(heading))) return { kind: 'title' };
  if (all(hitsIn(article.siteName ?? ''))) return { kind: 'site' };
  // The words may be spread over several places: each must be somewhere.
  const { text: body, folded } = await text();
  const elsewhere = hitsIn([heading, article.siteName ?? '', ...marked].join('\n'));
  const inBody = patterns.map((pattern) => pattern.test(folded));
  if (!all(inBody.map((hit, i) => hit || elsewhere[i]!))) return null;
  const sentence = bestSentence(body, folded, patterns, hitsIn);
  return sentence ? { kind: 'text', text: sentence } : { kind: 'title' };
}
