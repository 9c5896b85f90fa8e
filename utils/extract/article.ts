import type { SiteRules, SkippedRule } from '../site-rules/site-rules';
import type { StageReporter } from './stopwatch';

/** What extraction returns: the article record of DESIGN.md. `html` is always sanitized. */
export interface LeadImage {
  src: string;
  alt: string;
  caption: string;
}

export interface Article {
  url: string;
  canonicalUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 date-time, or null when the page does not say. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: LeadImage | null;
  html: string;
  /** Plain text; blocks separated by newlines, table cells by tabs. Never words glued across blocks. */
  text: string;
  wordCount: number;
  readingMinutes: number;
}

export type NotExtractedReason = 'not-article' | 'too-large';

/** The pipeline either gives an article or says, in one sentence, why it did not. */
export type ExtractOutcome =
  | {
      ok: true;
      article: Article;
      readerable: boolean;
      /** The site's rules that changed nothing, with why. */
      skippedRules?: SkippedRule[];
    }
  | { ok: false; reason: NotExtractedReason; message: string };

export interface ExtractOptions {
  /** Skip the "is this an article?" check ("Show it anyway"). */
  force?: boolean;
  /** Told how long each step took, for `npm run bench` to say where the time of a slow page goes. */
  onStage?: StageReporter;
  /** What the person told the reader about this page's site (see utils/site-rules), applied before the article is looked for. */
  rules?: SiteRules;
}
