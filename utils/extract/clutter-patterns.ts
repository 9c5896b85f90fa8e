/**
 * What page furniture looks like, as data. Every list here is general (no site names): words that
 * sites use in class/id/role/aria-label attributes for things that are not the article, and short
 * lines of boilerplate text in many languages. `pre-clean.ts` and `post-clean.ts` decide how to use them.
 */

/**
 * Words in class/id/data-component/data-testid/aria-label that mark furniture wherever they appear
 * (ads, sharing, newsletters, consent, related lists, comments, breadcrumbs, author bios).
 * Each entry is a regex source matched at the start of a word ("related" matches "jp-relatedposts"'s
 * "relatedposts" but not "unrelated"); a trailing `$` means the whole word must match.
 */
const FURNITURE_WORDS = [
  // ads and sponsored content
  'ad$', 'ads$', 'adv$', 'advert', 'adslot', 'adunit', 'adsense', 'adsbygoogle', 'dfp$', 'gpt$', 'doubleclick',
  'sponsor', 'promo$', 'promoted', 'taboola', 'outbrain', 'native[-_ ]?ad',
  // sharing, social, follow, claps
  'share$', 'shares$', 'sharing', 'sharedaddy', 'share(?:bar|tools|buttons?|links?|icons?|this)', 'social',
  'addthis', 'addtoany', 'follow$', 'clap$', 'fb$',
  // newsletters, subscriptions, donations, paywalls
  'newsletter', 'subscribe', 'subscription', 'sign[-_ ]?up', 'mc4wp', 'opt[-_ ]?in$', 'cta$', 'paywall',
  'contribution', 'donat',
  // cookie and consent banners
  'cookie', 'consent', 'gdpr', 'cmp$',
  // related, recommended, popular, more-from lists
  'related', 'recommend', 'trending', 'popular', 'most[-_ ]?(read|viewed|shared|commented)', 'read[-_ ]?more',
  'more[-_ ]?(from|stories|news|articles|videos|on)$', 'read[-_ ]?next', 'up[-_ ]?next', 'rail$',
  // comments
  'comments?$', 'commentlist', 'commentform', 'disqus', 'respond$', 'responses$', 'replies$', 'discussion', 'livefyre',
  // navigation and page chrome
  'breadcrumb', 'crumbs?$', 'pagination', 'pager$', 'navigation$', 'nav$', 'menu$', 'masthead', 'top[-_ ]?bar$',
  'site[-_ ]?(header|footer|nav|description|branding)', 'footer$', 'skip[-_ ]?link', 'ticker$', 'banner$',
  'sidebar', 'toolbar$', 'tags$', 'tag[-_ ]?(list|cloud|links)', 'topics$',
  // author bios
  'author[-_ ]?(box|bio|info|card|profile)', 'about[-_ ]?(the[-_ ]?)?author', 'written[-_ ]?by', 'bio$',
  // forum chrome
  'signature$', 'postprofile', 'jumpbox', 'action[-_ ]?bar$',
];

/** Words for the byline/date/meta line under a headline: removed only when the element is short. */
const META_WORDS = [
  'byline', 'dateline', 'meta$', 'author', 'authors$', 'writers?$', 'timestamp', 'read(ing)?[-_ ]?time', 'posted[-_ ]?on$',
];

function wordStartPattern(words: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^a-z0-9])(?:${words.map((w) => (w.endsWith('$') ? `${w.slice(0, -1)}(?![a-z0-9])` : w)).join('|')})`);
}

export const FURNITURE_PATTERN = wordStartPattern(FURNITURE_WORDS);
export const META_PATTERN = wordStartPattern(META_WORDS);

/** Class names that say what a post is about, not what the element is ("tag-social", "category-ads"). */
export const TAXONOMY_CLASS = /^(?:tag|category|cat|post|postid|format|status|type)-/;

/** ARIA roles of page chrome around an article. */
export const FURNITURE_ROLES = new Set([
  'banner', 'navigation', 'contentinfo', 'search', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar',
]);

/** Elements that are never article text in a reader. */
export const FURNITURE_TAGS = new Set(['NAV', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'DIALOG', 'TEMPLATE']);

/** A whole line that is only an ad label, in the languages of the web's largest ad markets. */
export const AD_LABEL =
  /^(?:advertisements?|advertising|ad|ads|anzeige|werbung|publicit[ée]|publicidad|anuncio|pubblicit[àa]|reclame|advertentie|reklama|реклама|広告|广告|廣告|광고|إعلان|اعلان|פרסומת|sponsored(?: content)?|paid content|promoted|partner content|محتوى برعاية)\s*[:.]?$/iu;

/**
 * Short lines of boilerplate: share/follow prompts, "story continues below", reading time and
 * engagement counters, newsletter promotion markers, attachment file sizes, forum navigation.
 * Only tested against short blocks (see BOILERPLATE_MAX_LENGTH), so a sentence of article text that
 * happens to start the same way is not touched.
 */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^(?:like|follow) us on\b/i,
  /^(?:suivez-nous|síguenos|siguenos|folgen sie uns|folge uns|seguici|siga-nos|volg ons|تابعنا|تابعونا|подписывайтесь)\s/iu,
  /^follow\b.{0,60}\bon (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|whatsapp)\b/i,
  /^(?:share|tweet|email|print|pin it|save|listen|share this(?: article| story)?)[:.]?$/i,
  /^(?:share|send) (?:on|via|to) (?:facebook|twitter|x|whatsapp|linkedin|email|pinterest|reddit|telegram)\b/i,
  /^click to (?:share|email|print)\b/i,
  /^(?:skip past|after) .{0,40}promotion$/i,
  /^(?:the )?(?:story|article|content) continues (?:below|after)\b/i,
  /^(?:advertisement|ad)\s*[-–—:]\s*(?:scroll|continue|story)\b/i,
  /^continue reading (?:below|the (?:main )?story)\b/i,
  /^\d+\s*min(?:ute)?s?\s+(?:read|listen)$/i,
  /^[\d.,]+\s*[kKmM]?\s+(?:claps?|likes?|shares?|comments?|responses?|views?|reads?)$/i,
  /^(?:give this (?:story|post|article) a clap|clap for this story)$/i,
  /^\S+\.(?:jpe?g|png|gif|webp|bmp|pdf|zip|mp3|mp4)\s*\(\s*[\d.,]+\s*[kmg]i?b\s*\)/i,
  /^return to [“"«]/i,
  /^(?:back to top|jump to|top)$/i,
  /^(?:we use cookies|this (?:site|website) uses cookies)\b/i,
  /^(?:sign up|subscribe)\b.{0,60}\b(?:newsletter|inbox|e-?mail)\b/i,
];

/** Blocks longer than this are never treated as boilerplate lines. */
export const BOILERPLATE_MAX_LENGTH = 160;

/**
 * "Related: <link>", "Read more: <link>", "See also — <link>": a lead-in label followed by a link.
 * Removed only when most of the block's text is link text.
 */
export const LINK_LEAD_IN =
  /^(?:related(?: stories| articles| coverage| content| reading)?|read more|see also|also read|read also|more|recommended|read next|more on this|further reading|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|siehe auch|leia também|lee también|ver también|leggi anche|関連記事|相关阅读|اقرأ أيضاً|اقرأ أيضا|читайте также)\s*[:：—–-]/iu;

/** Headings that introduce a section of furniture; the section they head goes with them. */
export const FURNITURE_HEADING =
  /^(?:related(?: articles| stories| posts| content| coverage| links)?|more on this story|more (?:stories|videos|news|articles)|more from .{1,60}|you (?:may|might) also like|recommended(?: for you| from .{1,40})?|read (?:more|next)|most (?:popular|read|viewed|shared)|trending(?: now| on .{1,40})?|popular now|comments?(?: \(\d+\))?|\d+ (?:comments?|thoughts|responses|replies)(?: on .*)?|responses(?: \(\d+\))?|leave a (?:reply|comment)|post a comment|join the (?:conversation|discussion)|share this(?: article| story| post)?|explore more on these topics|more on these topics|who is online|tags|topics|get the .{1,40} newsletter|sign up for .{1,60}|before you (?:move on|go)|مواضيع ذات صلة|الأكثر قراءة|اقرأ أيضاً|lesen sie auch|à lire aussi|voir aussi|mehr zum thema|関連記事|相关文章)\s*[:.…]?$/iu;

/** Class/id words of footers that carry article text (footnotes, references) rather than chrome. */
export const NOTES_PATTERN = /footnote|endnote|notes|reference|citation/i;
