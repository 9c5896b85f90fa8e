import { NUMBER_ABBREVIATIONS, ORDINAL_DOT_LANGUAGES, TITLE_ABBREVIATIONS } from './abbreviations';
import { primaryLanguage } from '../primary-language';

/** Where one sentence is in a text: characters `start` to `end`, no white space at either end. */
export interface Span {
  start: number;
  end: number;
}

// Closing quotes and brackets. “ and » close in German and Danish; followed by a space they never open.
const CLOSERS = `\\p{Pe}\\p{Pf}"'“»`;
/** Sentence-final punctuation, then any closing quotes: "No.”", "(Late.)", "。」", "؟", French ". »". */
const ENDS_SENTENCE = new RegExp(`[.!?…。！？｡؟۔।॥‼⁇⁈⁉።][\\s${CLOSERS}]*$`, 'u');
/** A closing quote or bracket standing alone at the start of a segment: "» Puis" in French. */
const LEADING_CLOSER = new RegExp(`^[${CLOSERS}]+(?=\\s|$)`, 'u');
/** A capital after opening quotes, as a sentence begins. */
const OPENS_CAPITAL = /^[\p{Ps}\p{Pi}"'¿¡]*\p{Lu}/u;
const OPENS_LOWER = /^[\p{Ps}\p{Pi}"'¿¡]*\p{Ll}/u;
/** "…" then a capital: ICU breaks after "..." there but not after the single character. */
const ELLIPSIS_BREAK = new RegExp(`…[${CLOSERS}]*\\s+`, 'gu');
/** Japanese quotes a sentence inside one: 「はい。」と言った。 */
const JAPANESE_QUOTATIVE = /[」』]$/;
const JAPANESE_PARTICLE = /^(?:と|って)/;
const SPOKEN = /[\p{L}\p{N}]/u;

/** ICU's segmenter for `lang`; the default locale's when `lang` is not a valid tag. */
function segmenterFor(lang: string | null): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
}

/** True when ICU's break between `before` and `after` falls inside a sentence. */
function joins(before: string, after: string, language: string): boolean {
  const tail = before.trimEnd();
  const head = after.trimStart();
  // No full stop: the break was a line break in the source, which the page shows as a space.
  if (!ENDS_SENTENCE.test(tail)) return true;
  // A sentence does not begin in lower case: “Stop!” he shouted.
  if (OPENS_LOWER.test(head)) return true;
  const word = tail
    .slice(tail.search(/\S+$/))
    .replace(/^[\p{Ps}\p{Pi}"']+/u, '')
    .toLowerCase();
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  // Initials ("J. R. R. Tolkien", "M. Dupont", "z. B."); the cost is a missed break after "Plan B."
  if (/^\p{L}\.$/u.test(word)) return true;
  if (NUMBER_ABBREVIATIONS.has(word) && /^\d/.test(head)) return true;
  // "am 3. Oktober"; a year ("1973.") is four digits and ends its sentence.
  if (ORDINAL_DOT_LANGUAGES.has(language) && /^\d{1,2}\.$/.test(word) && /^\p{L}/u.test(head)) return true;
  return language === 'ja' && JAPANESE_QUOTATIVE.test(tail) && JAPANESE_PARTICLE.test(head);
}

/** ICU's sentence breaks in `text` (offsets where a segment starts, 0 excluded). */
function icuBreaks(segmenter: Intl.Segmenter, text: string): number[] {
  return [...segmenter.segment(text)].map((segment) => segment.index).filter((index) => index > 0);
}

/** Breaks ICU misses: after "…" when a capital follows. */
function ellipsisBreaks(text: string): number[] {
  return [...text.matchAll(ELLIPSIS_BREAK)]
    .map((match) => match.index + match[0].length)
    .filter((index) => OPENS_CAPITAL.test(text.slice(index)));
}

/**
 * Splits runs of text into sentences for `lang` (a BCP 47 tag; null for the default locale):
 * Intl.Segmenter's sentence breaks, corrected where it is wrong for abbreviations, initials,
 * ordinals, quotes and line breaks. Returns a function from a text to its sentences' spans, in
 * order, without white space or punctuation-only pieces; [] for a text with nothing to say.
 */
export function sentenceSpanner(lang: string | null): (text: string) => Span[] {
  const language = primaryLanguage(lang ?? '');
  // Older browsers (Firefox before 125) have no segmenter: a run is then read as one piece.
  const segmenter = 'Segmenter' in Intl ? segmenterFor(lang) : null;
  return (text) => {
    const found = segmenter ? [...icuBreaks(segmenter, text), ...ellipsisBreaks(text)] : [];
    const candidates = [...new Set(found)].toSorted((a, b) => a - b);
    const breaks: number[] = [];
    let from = 0;
    for (let i = 0; i < candidates.length; i++) {
      let at = candidates[i]!;
      const closer = LEADING_CLOSER.exec(text.slice(at));
      // The quote closes the sentence before it: move the break past it.
      if (closer) at += closer[0].length;
      const next = candidates[i + 1] ?? text.length;
      if (at >= next || joins(text.slice(from, at), text.slice(at, next), language)) continue;
      breaks.push(at);
      from = at;
    }
    const spans: Span[] = [];
    for (const [i, start] of [0, ...breaks].entries()) {
      const piece = text.slice(start, breaks[i] ?? text.length);
      if (!SPOKEN.test(piece)) continue;
      const lead = piece.length - piece.trimStart().length;
      spans.push({ start: start + lead, end: start + piece.trimEnd().length });
    }
    return spans;
  };
}
