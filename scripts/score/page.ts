// What the main thread hands a worker (a page and its truth) and what comes back (one result per
// engine): plain data, as structured cloning between threads needs.
import type { Half } from './domain-split';

export const ENGINES = ['ours', 'readability', 'defuddle'] as const;
export type EngineName = (typeof ENGINES)[number];

export type CorpusName = 'wcxb' | 'readability' | 'own';

/** What a page's corpus says the extraction should give; absent knowledge is null or []. */
export interface Truth {
  /** The main content as plain text; null when the corpus has none for this page. */
  text: string | null;
  /** Snippets a correct extraction contains (WCXB `with`, our corpus's `mustInclude`). */
  with: string[];
  /** Snippets of clutter it must leave out (WCXB `without`, our corpus's `mustExclude`). */
  without: string[];
  title: string | null;
  author: string | null;
  date: string | null;
  /** Whether the page should be shown as an article; null when the corpus does not say. */
  readerable: boolean | null;
}

export interface ScorePage {
  /** Unique over all corpora: "0042" for WCXB, "readability/aclu", "shared/…" or "tests/…". */
  id: string;
  corpus: CorpusName;
  /** WCXB's page type; "article" or "not-article" (the expected verdict) in the other corpora. */
  type: string;
  half: Half | null;
  domain: string | null;
  /** The saved page, gzipped when the name ends in .gz. */
  file: string;
  url: string;
  truth: Truth;
}

export interface EngineResult {
  engine: EngineName;
  /** The engine threw (or its page timed out or killed its worker); scored as an empty output. */
  crashed: boolean;
  error: string | null;
  /** The engine gave no article (ours: `ok: false`, Readability: null, Defuddle: no text). */
  refused: boolean;
  /** Ours' reason for refusing, as it tells the reader. */
  refusal: string | null;
  /** The clone and the engine's call, in milliseconds; null when it crashed. */
  ms: number | null;
  /** Word and shingle measures; null when the page has no main-content truth. */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  shingleP: number | null;
  shingleR: number | null;
  withFound: number;
  /** The same with typographic quotes, dashes and ellipses read as their ASCII on both sides. */
  withFoundFolded: number;
  withoutFound: number;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  /** The output text, kept only for ours and only when a report is asked for. */
  text: string | null;
}

export interface PageResult {
  page: ScorePage;
  engines: EngineResult[];
}
