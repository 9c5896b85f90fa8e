import { sentenceSpanner } from './sentence-spans';
import { speakableRuns } from './speakable-runs';
import { splitLongSentence } from './split-long-sentence';

/** One piece of the article to speak: a sentence, or part of a very long one. */
export interface Sentence {
  /** What is said: the text with its white space collapsed. */
  text: string;
  /** The paragraph, list item, heading, ... it is in. */
  block: Element;
  /** Where it is in the root's textContent: `rangeOfOffsets(root, start, end)` finds it. */
  start: number;
  end: number;
}

/**
 * The sentences of the article body `root` in reading order, for speaking in the article's
 * language `lang` (null: the browser's). Code blocks are skipped; sentences longer than one
 * utterance can carry are cut after a clause. Returns [] when there is no text to read.
 */
export function splitSentences(root: Element, lang: string | null): Sentence[] {
  const spansOf = sentenceSpanner(lang);
  return speakableRuns(root).flatMap(({ block, start, text }) =>
    spansOf(text)
      .flatMap((span) => splitLongSentence(text, span))
      .map((span) => ({
        text: text.slice(span.start, span.end).replace(/\s+/g, ' '),
        block,
        start: start + span.start,
        end: start + span.end,
      })),
  );
}
