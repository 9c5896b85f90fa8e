import { i18n } from '#i18n';
import TurndownService from 'turndown';
import { displayHost, formatPublished } from '../article-format';
import { isWebUrl } from '../extract/is-web-url';
import { byReadingOrder, type Highlight } from '../highlights/types';
import type { SavedArticle } from './records';
import { textFragmentUrl } from './text-fragment';

export interface MarkdownOptions {
  /** The snapshot's HTML: given, the article's text follows its highlights (one article only). */
  body?: string;
  /** For dates ("24 December 2016"); the browser's own when left out. */
  locale?: string;
}

/** One article of the library and its highlights, as `libraryMarkdown` lists them. */
export interface MarkdownEntry {
  article: SavedArticle;
  highlights: Highlight[];
}

/** Headings of the article's body sit below ours (`#` title, `##` sections). */
const BODY_HEADING_OFFSET = 2;

let converter: TurndownService | undefined;

/** The HTML-to-Markdown converter, made once: building its rules costs more than a short article. */
function bodyConverter(): TurndownService {
  converter ??= new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    strongDelimiter: '**',
    hr: '---',
  }).addRule('nestedHeading', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) => {
      const level = Math.min(6, Number(node.nodeName.charAt(1)) + BODY_HEADING_OFFSET);
      return `\n\n${'#'.repeat(level)} ${content.trim()}\n\n`;
    },
  });
  return converter;
}

/**
 * One line of plain text escaped so Markdown shows it as written: the characters that mark up
 * anywhere, `&` only where it would start an entity, and those that mark up only at a line's start
 * (headings, quotes, lists, rules) only there.
 */
function escapeLine(line: string): string {
  return line
    .replace(/[\\`*_[\]<~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^[-+#>=]/, '\\$&')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Lines of `text`, white space within each collapsed, blank ones dropped. */
function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A link destination: its parentheses escaped, so an address with unbalanced ones stays whole. */
function destination(url: string): string {
  return url.replace(/[()]/g, '\\$&');
}

/** The address the article came from: its id (canonical, without tracking parameters) when that is one. */
function sourceUrl(article: SavedArticle): string {
  return isWebUrl(article.id) ? article.id : article.url;
}

/** A field shown within a line: its line breaks and runs of white space made single spaces, escaped. */
function inline(text: string): string {
  return escapeLine(linesOf(text).join(' '));
}

/** How dates are written, made once per export: building a formatter costs far more than using it. */
interface DateStyle {
  locale: string | undefined;
  /** For the saved time, a moment: in the reader's time zone. */
  saved: Intl.DateTimeFormat;
}

function dateStyle(locale: string | undefined): DateStyle {
  return { locale, saved: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }) };
}

/** Title, then one line: source link, author, published and saved dates. */
function header(article: SavedArticle, dates: DateStyle): string {
  const url = sourceUrl(article);
  // A time no date can hold (a damaged record) is left out rather than thrown on.
  const saved = Number.isNaN(new Date(article.savedAt).getTime()) ? null : dates.saved.format(article.savedAt);
  const details = [
    `[${inline(article.siteName ?? displayHost(url))}](${destination(url)})`,
    article.byline && inline(article.byline),
    formatPublished(article.publishedTime, dates.locale),
    saved && i18n.t('export.saved', [saved]),
  ].filter(Boolean);
  // Every `#` escaped (those not yet): one at the end would be taken for the heading's closing sequence.
  return `# ${inline(article.title).replace(/(?<!\\)#/g, '\\#')}\n\n${details.join(' · ')}`;
}

/** A highlight: its quote (every line marked), a link to the passage on the page, and its note below. */
function highlightMarkdown(highlight: Highlight, pageUrl: string): string {
  const link = `[↗](${destination(textFragmentUrl(pageUrl, highlight.selectors.quote))} "${i18n.t('export.openPassage')}")`;
  const paragraphs = linesOf(highlight.selectors.quote.exact).map(escapeLine);
  const quote = `> ${[...paragraphs.slice(0, -1), `${paragraphs.at(-1) ?? ''} ${link}`.trim()].join('\n>\n> ')}`;
  const note = highlight.note
    .trim()
    .split(/\n\s*\n/)
    // Single line breaks kept as hard breaks (a trailing backslash): a note is shown as it was typed.
    .map((paragraph) => linesOf(paragraph).map(escapeLine).join('\\\n'))
    .filter(Boolean)
    .join('\n\n');
  return note ? `${quote}\n\n**${i18n.t('export.note')}** ${note}` : quote;
}

/** Header and highlights (in reading order) of one article; no highlights section when it has none. */
function notesMarkdown(article: SavedArticle, highlights: Highlight[], dates: DateStyle): string {
  const parts = [header(article, dates)];
  if (highlights.length > 0) {
    const ordered = highlights.toSorted(byReadingOrder);
    parts.push(`## ${i18n.t('export.highlights')}`, ...ordered.map((h) => highlightMarkdown(h, sourceUrl(article))));
  }
  return parts.join('\n\n');
}

/** One article as Markdown: header, highlights with notes and links, and its text when `body` is given. */
export function articleMarkdown(article: SavedArticle, highlights: Highlight[], options: MarkdownOptions = {}): string {
  const notes = notesMarkdown(article, highlights, dateStyle(options.locale));
  const body = options.body === undefined ? '' : bodyConverter().turndown(options.body);
  return body ? `${notes}\n\n## ${i18n.t('export.article')}\n\n${body}\n` : `${notes}\n`;
}

/**
 * The whole library as Markdown: each article's header and highlights, separated by rules; deleted
 * articles left out. Without the articles' text: it is a digest of what the reader marked and
 * noted (the text is a click away), and converting thousands of bodies would take far longer.
 */
export function libraryMarkdown(entries: MarkdownEntry[], options: Omit<MarkdownOptions, 'body'> = {}): string {
  const dates = dateStyle(options.locale);
  const kept = entries.filter((entry) => entry.article.deletedAt === null);
  return `${kept.map((entry) => notesMarkdown(entry.article, entry.highlights, dates)).join('\n\n---\n\n')}\n`;
}
