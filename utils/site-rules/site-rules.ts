/** What kind of block a rule is about, as the reader names it ("boxes like …"). */
export const BLOCK_KINDS = ['paragraph', 'heading', 'list', 'figure', 'table', 'box'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/**
 * One rule's target: a plain selector on the site's own pages (never the reader's copy), with the
 * words that name it for the person: its kind and a little of the text it was made on.
 */
export interface RuleTarget {
  selector: string;
  kind: BlockKind;
  /** Up to `MAX_SAMPLE_CHARS` of the block's text (or its image's description) when the rule was made. */
  sample: string;
}

/** What the person told the reader about one site. */
export interface SiteRules {
  /** Blocks left out of every article of the site. */
  removals: RuleTarget[];
  /** The part of the page that is the article, when the reader picked the wrong one. */
  content: RuleTarget | null;
}

/** Every site's rules, by host name ("example.com"). */
export type SiteRuleSet = Record<string, SiteRules>;

/** Why a rule did nothing to a page. */
export type SkipReason = 'matches-nothing' | 'whole-article';

export interface SkippedRule {
  rule: RuleTarget;
  use: 'removal' | 'content';
  reason: SkipReason;
}

export const MAX_SAMPLE_CHARS = 60;

/** A site no rules are kept for. */
export const NO_RULES: SiteRules = { removals: [], content: null };

/** A host name as URL gives it: letters, digits, dots and dashes, or an IPv6 address in brackets. */
const HOST_NAME = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])$/;

/**
 * The site rules are kept under for the page at `url`: its host name; null for anything but a web
 * page (and for the odd host with other characters, which no rule is kept for).
 */
export function siteOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const { protocol, hostname } = new URL(url);
  return (protocol === 'https:' || protocol === 'http:') && HOST_NAME.test(hostname) ? hostname : null;
}

/** True when `rules` change nothing. */
export function isEmpty(rules: SiteRules): boolean {
  return rules.removals.length === 0 && rules.content === null;
}
