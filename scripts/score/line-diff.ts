// What separates an output from its truth, line by line, for a person to read: the lines one has
// that the other mostly lacks.
import { wordTokens } from './metrics';

/** A line counts as absent when more than this share of its word tokens is not in the other text. */
const ABSENT_SHARE = 0.5;

/** The lines of `text` (trimmed, with at least one word) whose words are mostly not in `other`. */
export function linesMostlyAbsent(text: string, other: string): string[] {
  const known = new Set(wordTokens(other));
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => {
      const words = wordTokens(line);
      return words.length > 0 && words.filter((word) => !known.has(word)).length / words.length > ABSENT_SHARE;
    });
}

/** Lines of our output that the truth mostly lacks: the clutter we kept. */
export const extraLines = (output: string, truth: string) => linesMostlyAbsent(output, truth);

/** Lines of the truth that our output mostly lacks: the content we lost. */
export const missingLines = (output: string, truth: string) => linesMostlyAbsent(truth, output);
