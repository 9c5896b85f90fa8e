// The per-page measures of WCXB (../shared/wcxb-dev/README.md): word precision/recall/F1, 4-token
// shingles, and snippet matching. Pure functions on plain text, shared by every corpus.

/**
 * Python's `\w` on str patterns (what WCXB's evaluate.py tokenizes with) is exactly the letters,
 * numbers and underscore of Unicode (checked over every code point against Python 3.11's tables).
 * Combining marks are not word characters there, so they split words here too.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

/** Number of shared tokens between two multisets, given as counts. */
function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const [token, count] of a) shared += Math.min(count, b.get(token) ?? 0);
  return shared;
}

function counts(items: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

function f1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** The case-sensitive word-character runs of `text`; [] for a text without any. */
export function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The lowercased word tokens WCXB's word measure compares (lowercased before matching, as in Python). */
export function wordTokens(text: string): string[] {
  return tokens(text.toLowerCase());
}

export interface WordScores {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * WCXB's word measure of `output` against `truth`: shared tokens as multisets over output and truth
 * tokens. An empty output scores 0; an empty truth scores 1 when the output is empty too and 0 when not
 * (as evaluate.py does for the handful of pages whose truth says they have no main content).
 */
export function wordScores(output: string, truth: string): WordScores {
  const out = wordTokens(output);
  const ref = wordTokens(truth);
  if (ref.length === 0)
    return out.length === 0 ? { precision: 1, recall: 1, f1: 1 } : { precision: 0, recall: 0, f1: 0 };
  if (out.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const shared = overlap(counts(out), counts(ref));
  const precision = shared / out.length;
  const recall = shared / ref.length;
  return { precision, recall, f1: f1(precision, recall) };
}

const SHINGLE_SIZE = 4;

/** The 4-token shingles of `text` (case-sensitive tokens); a text of 1 to 3 tokens is one shingle. */
export function shingles(text: string): string[] {
  const words = tokens(text);
  if (words.length === 0) return [];
  if (words.length < SHINGLE_SIZE) return [words.join(' ')];
  const result: string[] = [];
  for (let i = 0; i + SHINGLE_SIZE <= words.length; i++) result.push(words.slice(i, i + SHINGLE_SIZE).join(' '));
  return result;
}

export interface ShingleScores {
  /** Null for an empty output: the corpus precision is the mean over pages with some output. */
  precision: number | null;
  recall: number;
}

/**
 * The stricter shingle measure of one page. Both are 1 when the output's shingles equal the truth's
 * (an empty output for an empty truth has no precision and recall 1); a truth without shingles gives
 * a non-empty output precision and recall 0.
 */
export function shingleScores(output: string, truth: string): ShingleScores {
  const out = shingles(output);
  const ref = shingles(truth);
  if (out.length === 0) return { precision: null, recall: ref.length === 0 ? 1 : 0 };
  if (ref.length === 0) return { precision: 0, recall: 0 };
  const shared = overlap(counts(out), counts(ref));
  return { precision: shared / out.length, recall: shared / ref.length };
}

/** The corpus shingle figures: P is the mean over pages with output, R over all pages, F1 from those. */
export function corpusShingles(pages: ShingleScores[]): { precision: number; recall: number; f1: number } | null {
  if (pages.length === 0) return null;
  const withOutput = pages.flatMap((page) => (page.precision === null ? [] : [page.precision]));
  const precision = withOutput.length === 0 ? 0 : mean(withOutput);
  const recall = mean(pages.map((page) => page.recall));
  return { precision, recall, f1: f1(precision, recall) };
}

export function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Case and runs of whitespace never decide whether a snippet is there (line breaks, tabs, spaces). */
function snippetForm(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Which of `snippets` occur in `output` (case-insensitive substring, whitespace normalised on both sides). */
export function snippetsFound(output: string, snippets: string[]): boolean[] {
  const text = snippetForm(output);
  return snippets.map((snippet) => text.includes(snippetForm(snippet)));
}

const TYPOGRAPHY: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-', '…': '...' };

/**
 * `text` with curly quotes, en and em dashes and the ellipsis written in ASCII: WCXB's snippets are
 * often typed so ("can't", "blind-it") where the page, and so a faithful extraction, has "can’t".
 */
export function foldTypography(text: string): string {
  return text.replace(/[‘’“”–—…]/g, (mark) => TYPOGRAPHY[mark]!);
}
