/** Query parameters that say how a reader arrived, not what they read. */
const TRACKING_PARAMETER =
  /^(?:utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|rb_clickid|s_cid|cmpid|ref_src|ref_url|__twitter_impression)$/i;

/**
 * The id an article is saved under: its canonical address (or the page's), without tracking
 * parameters or fragment, with the remaining parameters in a fixed order. The same article reached
 * from a newsletter, a share button or a bookmark gets the same id, so its highlights come back.
 */
export function articleIdFor(article: { url: string; canonicalUrl: string }): string {
  const url = new URL(article.canonicalUrl || article.url);
  url.hash = '';
  const kept = new URLSearchParams([...url.searchParams].filter(([key]) => !TRACKING_PARAMETER.test(key)));
  kept.sort();
  url.search = kept.toString();
  return url.href;
}
