import { i18n } from '#i18n';
import { parseHighlight } from '../highlights/parse-highlight';
import type { Highlight } from '../highlights/types';
import { parseSettings, type ReaderSettings } from '../settings/reader-settings';
import { parseSiteRuleSet } from '../site-rules/parse-site-rules';
import type { SiteRuleSet } from '../site-rules/site-rules';
import { isId, isObject, isText } from '../value-checks';
import type { LibraryDb } from './library-db';
import { parseSavedArticle } from './parse-article';
import type { ArticleSnapshot, SavedArticle } from './records';

export const BACKUP_FORMAT = 'lucid-reader-backup';
/** Raised whenever a reader of the old shape would misread the new one. */
export const BACKUP_VERSION = 1;
/** A larger file is not a backup this extension wrote, and reading it whole could exhaust memory. */
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;
/** As parse-article.ts bounds an article's body: the extractor stops far earlier. */
const MAX_SNAPSHOT_CHARS = 20_000_000;

/**
 * A saved article as a backup holds it. Without its doc number, which names it only in the
 * database it came from, and without a deletion mark: deleted articles are never backed up.
 */
export type BackupArticle = Omit<SavedArticle, 'doc' | 'deletedAt'>;

/** The whole library and the reader's settings, as one JSON file. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When it was made, as an ISO 8601 date-time. */
  exportedAt: string;
  articles: BackupArticle[];
  snapshots: ArticleSnapshot[];
  highlights: Highlight[];
  settings: ReaderSettings;
  /** Every site's rules (see utils/site-rules); none in a backup made before there were any. */
  siteRules?: SiteRuleSet;
}

export interface CreatedBackup {
  backup: Backup;
  /** Records that could not be read (corrupted or foreign): left out, counted so the popup can say so. */
  unreadable: number;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; message: string };

type Refusal =
  | 'tooLarge'
  | 'notJson'
  | 'notOurs'
  | 'newer'
  | 'damaged'
  | 'damagedArticle'
  | 'damagedSnapshot'
  | 'missingSnapshot'
  | 'damagedHighlight'
  | 'orphan'
  | 'duplicate'
  | 'damagedSettings'
  | 'damagedRule';

function refuse(refusal: Refusal): { ok: false; message: string } {
  return { ok: false, message: i18n.t(`backup.${refusal}`) };
}

/** A well-formed copy of a snapshot record, or null. */
function parseSnapshot(value: unknown): ArticleSnapshot | null {
  if (!isObject(value)) return null;
  const { id, html, text } = value;
  return isId(id) && isText(html, MAX_SNAPSHOT_CHARS) && isText(text, MAX_SNAPSHOT_CHARS) ? { id, html, text } : null;
}

/** The article as a backup holds it: without the fields local to one database. */
function backupArticle(article: SavedArticle): BackupArticle {
  const { doc: _doc, deletedAt: _deletedAt, ...kept } = article;
  return kept;
}

/** The article as a backup holds it, or null when the record is not a readable saved article. */
function parseBackupArticle(value: unknown): BackupArticle | null {
  // A backup leaves out the fields that are local to a database: give the check stand-ins for them.
  const article = isObject(value) ? parseSavedArticle({ ...value, doc: 0, deletedAt: null }) : null;
  return article && backupArticle(article);
}

/**
 * Everything in the library that is not deleted, oldest first (so an import numbers the articles
 * in the order they were saved), with `settings`. Unreadable records are left out and counted; so is
 * an article whose snapshot cannot be read, as a backup without it could not be imported. Throws
 * when the database cannot be read at all.
 */
export async function createBackup(db: LibraryDb, settings: ReaderSettings, now = Date.now()): Promise<CreatedBackup> {
  return db.transaction('r', db.articles, db.snapshots, db.highlights, async () => {
    let unreadable = 0;
    const articles = new Map<string, BackupArticle>();
    for (const record of (await db.articles.toArray()) as unknown[]) {
      const article = parseSavedArticle(record);
      if (!article) unreadable++;
      else if (article.deletedAt === null) articles.set(article.id, backupArticle(article));
    }
    const ids = [...articles.keys()];
    const records: unknown[] = await db.snapshots.bulkGet(ids);
    const snapshots: ArticleSnapshot[] = [];
    for (const [i, id] of ids.entries()) {
      const snapshot = parseSnapshot(records[i]);
      if (snapshot) snapshots.push(snapshot);
      else {
        articles.delete(id);
        unreadable++;
      }
    }
    const highlights: Highlight[] = [];
    for (const record of (await db.highlights.toArray()) as unknown[]) {
      const highlight = parseHighlight(record);
      // Highlights of deleted (or unreadable) articles are left out with them.
      if (!highlight) unreadable++;
      else if (articles.has(highlight.articleId)) highlights.push(highlight);
    }
    const backup: Backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date(now).toISOString(),
      articles: [...articles.values()].toSorted((a, b) => a.savedAt - b.savedAt),
      snapshots,
      highlights,
      settings,
    };
    return { backup, unreadable };
  });
}

/** The sentence refusing a file of `bytes` before it is read; null when it may be read. */
export function backupSizeProblem(bytes: number): string | null {
  return bytes > MAX_BACKUP_BYTES ? refuse('tooLarge').message : null;
}

/** The records of a backup of our format and version, each checked, and checked against the others. */
function parseContents(value: Record<string, unknown>): ParsedBackup {
  const { exportedAt, articles, snapshots, highlights, settings, siteRules } = value;
  if (!isText(exportedAt, 100) || !Array.isArray(articles) || !Array.isArray(snapshots) || !Array.isArray(highlights))
    return refuse('damaged');
  if (!isObject(settings)) return refuse('damagedSettings');

  const parsedArticles = articles.map(parseBackupArticle);
  if (parsedArticles.includes(null)) return refuse('damagedArticle');
  const articleIds = new Set(parsedArticles.map((a) => a!.id));
  if (articleIds.size < articles.length) return refuse('duplicate');

  const parsedSnapshots = snapshots.map(parseSnapshot);
  if (parsedSnapshots.includes(null)) return refuse('damagedSnapshot');
  const snapshotIds = new Set(parsedSnapshots.map((s) => s!.id));
  if (snapshotIds.size < snapshots.length) return refuse('duplicate');
  if ([...snapshotIds].some((id) => !articleIds.has(id))) return refuse('orphan');
  if (snapshotIds.size < articleIds.size) return refuse('missingSnapshot');

  const parsedHighlights = highlights.map(parseHighlight);
  if (parsedHighlights.includes(null)) return refuse('damagedHighlight');
  if (new Set(parsedHighlights.map((h) => h!.id)).size < highlights.length) return refuse('duplicate');
  if (parsedHighlights.some((h) => !articleIds.has(h!.articleId))) return refuse('orphan');

  // A rule is data the reader acts on: one that cannot be read refuses the file, as a record does.
  const rules = parseSiteRuleSet(siteRules);
  if (rules.damaged > 0) return refuse('damagedRule');

  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt,
      articles: parsedArticles as BackupArticle[],
      snapshots: parsedSnapshots as ArticleSnapshot[],
      highlights: parsedHighlights as Highlight[],
      // Settings are read field by field like stored ones: one out of range falls back to its default.
      settings: parseSettings(settings),
      siteRules: rules.rules,
    },
  };
}

/**
 * Reads a backup file's text. Refuses, with one sentence for the reader naming what is wrong, a
 * file that is not JSON, JSON that is not our backup, a backup from a newer version, and a damaged
 * one (a record that cannot be read, one listed twice, a highlight or snapshot without its article,
 * an article without its snapshot, a site rule that is not well formed): such a file is refused
 * whole, so an import never half-happens.
 */
export function parseBackup(text: string): ParsedBackup {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('notJson');
  }
  if (!isObject(value) || value.format !== BACKUP_FORMAT) return refuse('notOurs');
  const { version } = value;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return refuse('damaged');
  if (version > BACKUP_VERSION) return refuse('newer');
  return parseContents(value);
}
