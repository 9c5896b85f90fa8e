import { i18n } from '#i18n';
import { readableHighlights } from '../highlights/parse-highlight';
import { byArticle, type Highlight } from '../highlights/types';
import type { ReaderSettings } from '../settings/reader-settings';
import type { SiteRuleSet } from '../site-rules/site-rules';
import { listArticles } from './article-store';
import { downloadFile, fileNameFrom } from './download-file';
import { articleHighlights } from './highlight-store';
import { jsonParts } from './json-parts';
import type { LibraryDb } from './library-db';
import type { SavedArticle } from './records';
import { isQuotaError, storageErrorMessage } from './storage-error';

// Exporting and importing load their code (Markdown conversion, the sanitizer, backups) when first
// used: the popup opens without it.
const markdown = () => import('./export-markdown');
const backups = () => import('./backup');
const archives = () => import('./images-archive');

interface SettingsStore {
  load(): Promise<ReaderSettings>;
  save(settings: ReaderSettings): Promise<void>;
}

/** Every site's rules, as a backup holds them and an import merges them. */
interface SiteRulesStore {
  load(): Promise<SiteRuleSet>;
  merge(rules: SiteRuleSet): Promise<void>;
}

/** What the library's files are made of and read from: Markdown, backups. */
export interface LibraryFiles {
  exportArticle(article: SavedArticle): Promise<void>;
  /** Downloads one article as Markdown with its kept images, in a zip. */
  exportArticleWithImages(article: SavedArticle): Promise<void>;
  exportAll(): Promise<void>;
  /** Downloads a backup, as JSON or, `withImages`, as a zip with the images; says what it had to leave out, if anything. */
  backup(withImages?: boolean): Promise<string | null>;
  /** Imports a backup file (JSON, or a zip with images); says what was added, or why nothing was. */
  importBackup(file: File): Promise<{ ok: boolean; message: string }>;
}

/** Today as YYYY-MM-DD, for file names that sort by date. */
const today = () => new Date().toISOString().slice(0, 10);

/** Every saved article with its readable highlights, newest first: what "Export all" writes. */
export async function markdownEntries(db: LibraryDb): Promise<{ article: SavedArticle; highlights: Highlight[] }[]> {
  const [{ articles }, highlights] = await Promise.all([
    listArticles(db),
    db.highlights.toArray().then(readableHighlights),
  ]);
  const highlightsOf = byArticle(highlights);
  return articles.map((article) => ({ article, highlights: highlightsOf.get(article.id) ?? [] }));
}

/** Null once `restore` has put a backup's images in the library; else the sentence saying they were not. */
async function restoredOrWhyNot(restore: () => Promise<void>): Promise<string | null> {
  try {
    await restore();
    return null;
  } catch (error) {
    console.error('Lucid Reader: importing images', error);
    return i18n.t(isQuotaError(error) ? 'images.notRestoredQuota' : 'images.notRestored');
  }
}

/** The library's files as the popup makes and reads them: downloads out, a chosen backup in. */
export function libraryFiles(
  db: LibraryDb,
  settings: SettingsStore,
  siteRules: SiteRulesStore,
  doc: Document,
  locale?: string,
): LibraryFiles {
  return {
    async exportArticle(article) {
      const [highlights, snapshot, { articleMarkdown }, { sanitizeArticleHtml }] = await Promise.all([
        articleHighlights(db, article.id),
        db.snapshots.get(article.id),
        markdown(),
        import('../extract/sanitize-html'),
      ]);
      // A saved copy may come from an imported file: sanitized like anything the reader shows.
      const body =
        typeof snapshot?.html === 'string' ? sanitizeArticleHtml(snapshot.html, doc.defaultView!) : undefined;
      downloadFile(
        doc,
        fileNameFrom(article.title, 'md'),
        articleMarkdown(article, highlights, { body, locale }),
        'text/markdown',
      );
    },
    async exportArticleWithImages(article) {
      const [highlights, snapshot, { articleMarkdown }, { sanitizeArticleHtml }, { showKeptImages }, archive] =
        await Promise.all([
          articleHighlights(db, article.id),
          db.snapshots.get(article.id),
          markdown(),
          import('../extract/sanitize-html'),
          import('./show-kept-images'),
          archives(),
        ]);
      const images = await archive.imagesOf(db, [article.id]);
      // Sanitized as above; then each kept image is linked to its file in the zip.
      const body =
        typeof snapshot?.html === 'string'
          ? showKeptImages(
              sanitizeArticleHtml(snapshot.html, doc.defaultView!),
              archive.imagePaths(images, article.id),
              new doc.defaultView!.DOMParser(),
            )
          : undefined;
      const text = articleMarkdown(article, highlights, { body, locale });
      const zip = archive.markdownArchive(fileNameFrom(article.title, 'md'), text, images);
      downloadFile(doc, fileNameFrom(article.title, 'zip'), zip, 'application/zip');
    },
    async exportAll() {
      const [entries, { libraryMarkdown }] = await Promise.all([markdownEntries(db), markdown()]);
      downloadFile(doc, `lucid-reader-library-${today()}.md`, libraryMarkdown(entries, { locale }), 'text/markdown');
    },
    async backup(withImages = false) {
      const { createBackup } = await backups();
      const [{ backup, unreadable }, rules] = await Promise.all([
        createBackup(db, await settings.load()),
        siteRules.load(),
      ]);
      const withRules = { ...backup, siteRules: rules };
      if (withImages) {
        const { backupArchive } = await archives();
        downloadFile(doc, `lucid-reader-backup-${today()}.zip`, await backupArchive(db, withRules), 'application/zip');
      } else downloadFile(doc, `lucid-reader-backup-${today()}.json`, jsonParts(withRules), 'application/json');
      return unreadable > 0 ? i18n.t('backup.skipped', unreadable) : null;
    },
    async importBackup(file) {
      const [{ backupSizeProblem, parseBackup }, { importBackup }] = await Promise.all([
        backups(),
        import('./import-backup'),
      ]);
      const tooLarge = backupSizeProblem(file.size);
      if (tooLarge) return { ok: false, message: tooLarge };
      const bytes = new Uint8Array(await file.arrayBuffer());
      const archive = await archives();
      const parsed = archive.isZip(bytes)
        ? await archive.parseBackupArchive(bytes)
        : { ...parseBackup(new TextDecoder().decode(bytes)), images: null };
      if (!parsed.ok) return parsed;
      let result;
      try {
        result = await importBackup(db, parsed.backup);
      } catch (error) {
        // Nothing was written (one transaction): say why, in the words used for any write.
        console.error('Lucid Reader: import', error);
        return { ok: false, message: storageErrorMessage(error, i18n.t('library.theImport')) };
      }
      await settings.save(result.settings);
      await siteRules.merge(parsed.backup.siteRules ?? {});
      const imported = i18n.t('library.imported', [
        String(result.articles),
        String(result.highlights),
        String(result.updated),
      ]);
      const { images } = parsed;
      const withoutImages = images ? await restoredOrWhyNot(() => archive.restoreImages(db, images)) : null;
      return { ok: true, message: withoutImages ? `${imported} ${withoutImages}` : imported };
    },
  };
}
