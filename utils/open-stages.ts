/**
 * The stages of opening the reader, written on the reader page's own performance timeline (an
 * extension page: the web page under it cannot read it) for `npm run bench` to read. Names only,
 * and times: never any of the article.
 */
export const OPEN_STAGES = {
  /** A mark whose detail is the page's `ExtractTiming` (it may have started before this page did). */
  extract: 'lucid-reader:extract',
  /** The `elementtiming` of the article's title: the browser times its first paint. */
  articleShown: 'lucid-reader:article-shown',
} as const;

/** When the page's extraction ran: its start in milliseconds since the epoch, and its length. */
export interface ExtractTiming {
  startedAt: number;
  extractMs: number;
}

/** Now, in milliseconds since the epoch, on a clock every page of the machine shares. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

/** Times `extract` as `ExtractTiming`; returns what it returned with the timing. */
export function timed<T>(extract: () => T): { value: T; timing: ExtractTiming } {
  const startedAt = epochNow();
  const value = extract();
  return { value, timing: { startedAt, extractMs: epochNow() - startedAt } };
}

/** Puts the page's extraction on this page's timeline. */
export function recordExtraction(timing: ExtractTiming): void {
  performance.mark(OPEN_STAGES.extract, { detail: timing });
}
