/**
 * What page furniture looks like, as data. Every list here is general (no site names): words sites
 * use in class/id/role/aria-label attributes for what is not the article, and short lines of
 * boilerplate text in many languages. `pre-clean.ts` and `post-clean.ts` decide how to use them.
 * Entries are regular-expression sources (lower case; matched case-insensitively).
 */

/**
 * Words in class/id/data-component/data-testid/aria-label that mark furniture wherever they appear
 * (ads, sharing, newsletters, consent, related lists, comments, navigation, author bios). An entry
 * matches at the start of a word ("related" matches "jp-relatedposts" but not "unrelated"); a
 * trailing `$` means the whole word ("ad" matches "ad-slot" but not "added").
 */
const FURNITURE_WORDS = [
  // ads and sponsored content
  'ad$',
  'ads$',
  // "adv" for advertising, not for "advanced": Kadence Blocks' headings are `kt-adv-heading…`.
  'adv(?!-heading)$',
  'advert',
  'adslot',
  'adunit',
  'adsense',
  'adsbygoogle',
  'dfp$',
  'gpt$',
  'doubleclick',
  'sponsor',
  'promo$',
  'promoted',
  'taboola',
  'outbrain',
  'native[-_ ]?ad',
  // sharing, social, follow, claps
  'share$',
  'shares$',
  'sharing',
  'sharedaddy',
  'share(?:bar|tools|buttons?|links?|icons?|this)',
  'social',
  'addthis',
  'addtoany',
  'follow$',
  'clap$',
  'fb$',
  // newsletters, subscriptions, donations, paywalls
  'newsletter',
  'subscribe',
  'subscription',
  'sign[-_ ]?up',
  'mc4wp',
  'opt[-_ ]?in$',
  'cta$',
  'paywall',
  'contribution',
  'donat',
  // cookie and consent banners
  'cookie',
  'consent',
  'gdpr',
  // related, recommended, popular, more-from lists
  'related',
  'recommend',
  'trending',
  'popular',
  'most[-_ ]?(read|viewed|shared|commented)',
  'read[-_ ]?more',
  'more[-_ ]?(from|stories|news|articles|videos|on)$',
  'read[-_ ]?next',
  'up[-_ ]?next',
  'rail$',
  // comments
  'comments?$',
  'commentlist',
  'commentform',
  'disqus',
  'respond$',
  'responses$',
  'replies$',
  'discussion',
  'livefyre',
  // navigation and page chrome
  'breadcrumb',
  'crumbs?$',
  'pagination',
  'pager$',
  'navigation$',
  'nav$',
  'menu$',
  'masthead',
  'top[-_ ]?bar$',
  'site[-_ ]?(header|footer|nav|description|branding)',
  'footer$',
  'skip[-_ ]?link',
  'ticker$',
  'banner$',
  'sidebar',
  'toolbar$',
  'tags$',
  'tag[-_ ]?(list|cloud|links)',
  'topics$',
  // author bios
  'author[-_ ]?(box|bio|info|card|profile)',
  'about[-_ ]?(the[-_ ]?)?author',
  'written[-_ ]?by',
  'bio$',
  // forum chrome; a post's author panel keeps the name, loses the rank and the counts under it
  // ("userTitle", "message-userExtras", "authorStats", "join-date", "post-count", "reactionsBar")
  'signature$',
  'postprofile',
  'jumpbox',
  'action[-_ ]?bar$',
  'user[-_ ]?(?:title|extras?|banner|stats)$',
  'extra[-_ ]?user[-_ ]?info',
  'author[-_ ]?stats$',
  'join[-_ ]?date',
  'post[-_ ]?count',
  'reactions?[-_ ]?(?:bar|summary|list)$',
  // wiki section edit links and footnote back-links
  'edit[-_ ]?section',
  'editsection',
  'cite[-_ ]?backlink',
  'footnote[-_ ]?back',
];

/** Words for the byline/date/meta line under a headline: removed only when the element is short. */
const META_WORDS = [
  'byline',
  'dateline',
  'meta$',
  'author',
  'authors$',
  'writers?$',
  'timestamp',
  'read(ing)?[-_ ]?time',
  'posted[-_ ]?on$',
];

/** Words of a pull quote: a line of the text repeated large, removed when the text holds it too. */
const PULL_QUOTE_WORDS = ['pull[-_ ]?quote', 'pullout', 'pq$', 'quote[-_ ]?pull'];

/** Words of a comments section: its length (readers' prose) does not make it the article. */
const COMMENT_WORDS = ['comments?$', 'disqus', 'respond$', 'responses$', 'replies$', 'discussion'];

/** Words of footers that carry article text (footnotes, references) rather than chrome. */
const NOTES_WORDS = ['footnote', 'endnote', 'notes$', 'reference', 'citation'];

/** A whole line that only labels an ad, in the languages of the web's largest ad markets. */
const AD_LABELS = [
  'advertisements?',
  'advertising',
  'ads?',
  'anzeige',
  'werbung',
  'publicit[ée]',
  'publicidad',
  'anuncio',
  'pubblicit[àa]',
  'reclame',
  'advertentie',
  'reklama',
  'реклама',
  '広告',
  '广告',
  '廣告',
  '광고',
  'إعلان',
  'اعلان',
  'פרסומת',
  'sponsored(?: content)?',
  'paid content',
  'promoted',
  'partner content',
  'محتوى برعاية',
];

/**
 * Short lines of boilerplate: share/follow prompts, "story continues below", reading time and
 * engagement counters, newsletter promotion markers, attachment file sizes, forum navigation,
 * loading placeholders, feedback prompts, a comment form's consent line.
 * Only tested against short blocks (BOILERPLATE_MAX_LENGTH), so a sentence of article text that
 * happens to start the same way is never touched.
 */
const BOILERPLATE_LINE_SOURCES = [
  '^(?:like|follow) us on\\b',
  '^(?:suivez-nous|síguenos|siguenos|folgen sie uns|folge uns|seguici|siga-nos|volg ons|تابعنا|تابعونا|подписывайтесь)\\s',
  '^follow\\b.{0,60}\\bon (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|whatsapp)\\b',
  '^(?:share|tweet|email|print|pin it|save|listen|share this(?: article| story)?)[:.]?$',
  '^(?:share|send) (?:on|via|to) (?:facebook|twitter|x|whatsapp|linkedin|email|pinterest|reddit|telegram)\\b',
  '^click to (?:share|email|print)\\b',
  '^(?:skip past|after) .{0,40}promotion$',
  '^(?:the )?(?:story|article|content) continues (?:below|after)\\b',
  '^(?:advertisement|ad)\\s*[-–—:]\\s*(?:scroll|continue|story)\\b',
  '^continue reading (?:below|the (?:main )?story)\\b',
  '^\\d+\\s*min(?:ute)?s?\\s+(?:read|listen)$',
  '^[\\d.,]+\\s*[km]?\\s+(?:claps?|likes?|shares?|comments?|responses?|views?|reads?)$',
  '^(?:give this (?:story|post|article) a clap|clap for this story)$',
  '^\\S+\\.(?:jpe?g|png|gif|webp|bmp|pdf|zip|mp3|mp4)\\s*\\(\\s*[\\d.,]+\\s*[kmg]i?b\\s*\\)',
  '^return to [“"«]',
  // With the arrow many sites put beside it: "↑ Back to Top".
  '^[↑⬆^]?\\s*(?:back to top|jump to|top)\\s*[↑⬆]?$',
  // What a page shows while its script fetches the real thing: "Loading paragraph...", "Loading…",
  // "Loading prices for your region…".
  '^loading(?: [\\p{L}_-]+){0,4}\\s*(?:\\.{3}|…)$',
  '^pin (?:this|it) for later\\b',
  // A page's feedback widget: "Rate this page", "Was this page helpful? Yes No".
  '^(?:rate this (?:page|article|post|story)|(?:was|is) this (?:page|article|post|information) (?:helpful|useful)\\??(?:\\s*yes\\s*no)?)$',
  // A comment form's consent line: "By posting a comment, you consent to …".
  '^by (?:posting|submitting|leaving) (?:a |your )?comment\\b',
  '^(?:we use cookies|this (?:site|website) uses cookies)\\b',
  '^(?:sign up|subscribe)\\b.{0,60}\\b(?:newsletter|inbox|e-?mail)\\b',
  // The site's own call to subscribe or follow, anywhere in a short block: "Want more from us? Sign up
  // for our newsletter, The Selection", "…, and follow us on Facebook, Instagram and TikTok".
  "\\b(?:sign up|subscribe) (?:for|to) (?:our|my) (?:[\\p{L}'’-]+ ){0,3}(?:newsletter|mailing list)\\b",
  // "The" only as the line's last sentence, a command: "Like what you're reading? Subscribe to the
  // monthly newsletter!", not "Fishermen who sign up for the harbour newsletter get …".
  "(?:^|[.!?]\\s*)(?:sign up|subscribe) (?:for|to) the (?:[\\p{L}'’-]+ ){0,3}(?:newsletter|mailing list)[.!]?$",
  '\\b(?:like|follow|find|join) us on (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|pinterest|threads|bluesky|mastodon|whatsapp|telegram)\\b',
  // A blog's own subscribe prompt: "Subscribe now", "Subscribe to The Fenland Notebook".
  '^subscribe(?: now| today| for free| to [^.!?]{1,60})?[.!]?$',
  '^thanks for reading\\b.{0,80}\\bsubscribe\\b',
  // A forum post's furniture: its buttons, the author's counts, the edit stamp, the mobile app's
  // signature, the summary of who liked it ("Ana, Tom and 3 others like this.").
  '^(?:reply(?: with quote)?|quote|multi-?quote|report(?: post)?|post options|view (?:public )?profile|find (?:more|all) posts by .{1,40}|click to (?:expand|shrink)(?:\\.{3}|…))$',
  '^(?:join date|joined|member since|registered)\\s*:\\s*[\\p{L}\\d ,./-]{4,24}$',
  '^(?:posts|messages|reaction score|points|trophy points|likes received|reputation)\\s*:\\s*[\\d.,]+\\s*[km]?$',
  '^last edited\\b.{0,80}$',
  '^sent from my .{1,60}$',
  '^.{1,120}\\band (?:\\d+ others?|\\S{1,40}) (?:like|liked) this\\.?$',
  // Google's prompts to follow a site: "Add as a preferred source on Google", "Follow us on Google News".
  '^add\\b.{0,60}\\bas (?:a )?(?:preferred|trusted) source on google$',
  '^(?:follow|favou?rite|add)\\b.{0,60}\\bon google news$',
];

/**
 * A line that only credits a photo ("Photo: Ana Ruiz/Reuters", "(Bild: dpa)", "© Getty Images"):
 * removed only where it stands alone, away from any image (see post-clean.ts).
 */
const PHOTO_CREDIT_SOURCE =
  '^[(\\[]?(?:(?:photo(?:graph)?s?|images?|pictures?|pic|fotos?|bild(?:er)?|crédits? photo|photo credit|image credit|credits?|illustration|source photo)\\s*(?::|(?:by|von|de|par|por)\\b|©)|©)\\s*[^.!?]{1,80}[)\\]]?$';

/** Labels of a wiki's section edit links ("[edit]", "[edit source]") in the largest wikis' languages. */
const EDIT_LABELS = [
  'edit',
  'edit source',
  'modifier',
  'modifier le code',
  'bearbeiten',
  'quelltext bearbeiten',
  'editar',
  'editar código-fonte',
  'editar código',
  'modifica',
  'modifica wikitesto',
  'править',
  'править код',
  '編集',
  'ソースを編集',
  '编辑',
  '编辑源代码',
  'تعديل',
  'تعديل مصدري',
  'bewerken',
  'brontekst bewerken',
  'edytuj',
  'edytuj kod',
];

/** Labels that introduce a link to another story: "Related: <link>", "Read more: <link>". */
const LINK_LEAD_INS = [
  'related(?: stories| articles| coverage| content| reading)?',
  'read more',
  'see also',
  'also read',
  'read also',
  'more',
  'recommended',
  'read next',
  'more on this',
  'further reading',
  'lire aussi',
  'à lire aussi',
  'voir aussi',
  'lesen sie auch',
  'mehr zum thema',
  'siehe auch',
  'leia também',
  'lee también',
  'ver también',
  'leggi anche',
  '関連記事',
  '相关阅读',
  'اقرأ أيضاً',
  'اقرأ أيضا',
  'читайте также',
];

/** Headings that introduce a section of furniture; the section they head goes with them. */
const FURNITURE_HEADINGS = [
  'related(?: articles| stories| posts| content| coverage| links)?',
  'more on this story',
  'more (?:stories|videos|news|articles)',
  // "More from the Garden", "More \"5 Tips\" Posts".
  'more from .{1,60}',
  'more (?:\\S+ ){1,2}(?:posts|articles|stories|recipes|guides)',
  'you (?:may|might) (?:also )?(?:like|enjoy|love)',
  'other (?:posts|articles|stories|recipes|guides) you (?:may|might) (?:also )?(?:like|enjoy|love)',
  'recommended(?: for you| from .{1,40})?',
  'read (?:more|next)',
  'most (?:popular|read|viewed|shared)',
  'trending(?: now| on .{1,40})?',
  'popular now',
  'comments?(?: \\(\\d+\\))?',
  '\\d+ (?:comments?|thoughts|responses|replies)(?: on .*)?',
  'responses(?: \\(\\d+\\))?',
  'leave a (?:reply|comment)',
  'post a comment',
  'join the (?:conversation|discussion)',
  'share this(?: article| story| post)?',
  '(?:explore )?more on these topics',
  'who is online',
  'tags',
  'topics',
  'get the .{1,40} newsletter',
  'sign up for .{1,60}',
  'before you (?:move on|go)',
  'مواضيع ذات صلة',
  'الأكثر قراءة',
  'اقرأ أيضاً',
  'lesen sie auch',
  'à lire aussi',
  'voir aussi',
  'mehr zum thema',
  '関連記事',
  '相关文章',
];

/** Matches a class/id signature containing any of `words` at a word start. */
function wordStart(words: readonly string[]): RegExp {
  const alternatives = words.map((word) => (word.endsWith('$') ? `${word.slice(0, -1)}(?![a-z0-9])` : word));
  return new RegExp(`(?:^|[^a-z0-9])(?:${alternatives.join('|')})`);
}

/** Matches a whole line that is one of `phrases`, with `tail` (punctuation) allowed after it. */
function wholeLine(phrases: readonly string[], tail: string): RegExp {
  return new RegExp(`^(?:${phrases.join('|')})${tail}$`, 'iu');
}

export const FURNITURE_PATTERN = wordStart(FURNITURE_WORDS);
/** On a discussion page the comments are the content: furniture is the rest. */
export const DISCUSSION_FURNITURE_PATTERN = wordStart(FURNITURE_WORDS.filter((word) => !COMMENT_WORDS.includes(word)));
export const META_PATTERN = wordStart(META_WORDS);
export const COMMENTS_PATTERN = wordStart(COMMENT_WORDS);
export const PULL_QUOTE_PATTERN = wordStart(PULL_QUOTE_WORDS);
export const NOTES_PATTERN = wordStart(NOTES_WORDS);
export const AD_LABEL = wholeLine(AD_LABELS, '\\s*[:.]?');
export const BOILERPLATE_LINES: readonly RegExp[] = BOILERPLATE_LINE_SOURCES.map((source) => new RegExp(source, 'iu'));
export const LINK_LEAD_IN = new RegExp(`^(?:${LINK_LEAD_INS.join('|')})\\s*[:：—–-]`, 'iu');
export const FURNITURE_HEADING = wholeLine(FURNITURE_HEADINGS, '\\s*[:.…]?');
export const PHOTO_CREDIT = new RegExp(PHOTO_CREDIT_SOURCE, 'iu');
/** "[edit]", "edit", "[edit | edit source]". */
export const EDIT_LINK = new RegExp(
  `^\\[?\\s*(?:${EDIT_LABELS.join('|')})(?:\\s*\\|\\s*(?:${EDIT_LABELS.join('|')}))*\\s*\\]?$`,
  'iu',
);
/** What a footnote's link back to where it is cited shows: a caret or an arrow. */
export const BACKLINK_TEXT = /^(?:\^|↑|↩\uFE0E?|↩\uFE0F?|⤴|⮐|↵)$/u;

/** Blocks longer than this (in characters) are never treated as boilerplate lines. */
export const BOILERPLATE_MAX_LENGTH = 160;

/**
 * Class names that say what a post is about, not what the element is ("tag-social", "category-ads"),
 * and states of a layout ("no-sidebars", "has-rail-right", "flex-nav-expanded", "sidebar-open"): they
 * name what the page around the element has, lacks or shows, not what the element is.
 */
export const TAXONOMY_CLASS =
  /^(?:(?:tag|category|cat|post|postid|format|status|type)-|(?:no|has|with|without)[-_])|[-_](?:expanded|collapsed|open|opened|closed|active|visible|hidden|enabled|disabled|shown)$/;

/** ARIA roles of page chrome around an article. */
export const FURNITURE_ROLES = new Set([
  'banner',
  'navigation',
  'contentinfo',
  'search',
  'complementary',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
]);

/**
 * Elements that are never article text in a reader. A <label> names a form control ("4 languages"
 * on the checkbox that opens a menu of them); the reader shows no controls, so it has nothing to name.
 */
export const FURNITURE_TAGS = new Set(['NAV', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'DIALOG', 'TEMPLATE', 'LABEL']);
