import type { NotExtractedReason } from '@/utils/extract/article';

/** One hostile thing a page can hold. */
export interface HostileInput {
  /** What it tries, e.g. "javascript: with a tab inside". */
  name: string;
  /** Markup for the page's <head>. */
  head?: string;
  /** Markup inside the article's text. */
  body?: string;
  /** The pipeline's answer when refusing the page is the right one (too deep to read safely). */
  refused?: NotExtractedReason;
  /**
   * Properties put on Object.prototype while the page is read: in jsdom around the pipeline, in
   * Chromium by the page's own script (which cannot reach the extension's worlds).
   */
  pollute?: Record<string, unknown>;
}

/** The hostile inputs of one kind, shown together on one page in the browser. */
export interface HostileCategory {
  /** The page's folder name in the e2e run. */
  slug: string;
  inputs: HostileInput[];
}

/** The global every script payload sets: the tests read it back in the reader. */
export const SENTINEL = '__pwned';

/** What every script payload does. Short and quote-free so it fits in attributes, URLs and script text alike. */
export const PWN = `window.${SENTINEL}=1`;

/** An address whose request means something leaked: relative, so it resolves against the page. */
export function leak(what: string): string {
  return `/leak/${what}`;
}

/** An image the article may show: the one kind of request the reader may make to the web. */
export const IMAGE = '/img/photo.jpg';
