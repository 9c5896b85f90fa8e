// Precision and recall of the not-an-article verdict, for `npm run bench`.

export interface Verdict {
  name: string;
  /** The page's expected verdict: true for an article (expected.json / expected-metadata.json `readerable`). */
  expected: boolean;
  /** Ours: true when extractArticle (not forced) gave an article. */
  ours: boolean;
}

export interface VerdictScores {
  pages: number;
  /** Of the pages we refused, the share that are not articles (1 when we refused none). */
  precision: number;
  /** Of the pages that are not articles, the share we refused (1 when there are none). */
  recall: number;
  /** Of the articles, the share we accepted (1 when there are none). */
  articlesAccepted: number;
  /** Pages where our verdict and the expected one differ. */
  disagreements: Verdict[];
}

function share(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** Scores the "not an article" verdicts: refusing is the positive decision. */
export function verdictScores(verdicts: Verdict[]): VerdictScores {
  const refused = verdicts.filter((v) => !v.ours);
  const notArticles = verdicts.filter((v) => !v.expected);
  const articles = verdicts.filter((v) => v.expected);
  return {
    pages: verdicts.length,
    precision: share(refused.filter((v) => !v.expected).length, refused.length),
    recall: share(notArticles.filter((v) => !v.ours).length, notArticles.length),
    articlesAccepted: share(articles.filter((v) => v.ours).length, articles.length),
    disagreements: verdicts.filter((v) => v.ours !== v.expected),
  };
}

/** One line for the bench's output. */
export function formatVerdictScores(title: string, scores: VerdictScores): string {
  const disagreements = scores.disagreements
    .map((v) => `${v.name} (expected ${v.expected ? 'article' : 'not an article'})`)
    .join(', ');
  return (
    `${title}: not-an-article verdict on ${scores.pages} pages: precision ${pct(scores.precision)}, ` +
    `recall ${pct(scores.recall)}; articles accepted ${pct(scores.articlesAccepted)}` +
    (disagreements ? `; disagreements: ${disagreements}` : '')
  );
}
