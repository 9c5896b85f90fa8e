import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { i18n } from '#i18n';
import { isId, isObject } from '../value-checks';
import { type Backup, parseBackup } from './backup';
import { imageType, type KeptImageType } from './image-type';
import { MAX_IMAGE_BYTES } from './keep-images';
import type { LibraryDb } from './library-db';
import { sha256 } from './sha256';

/**
 * Backups with images are zip files: the JSON backup as it is without images (`backup.json`), each
 * image once as a file of its own (`images/<sha-256>.<ext>`), and which article shows which image
 * where (`images.json`). Images stay bytes (base64 in JSON would add a third and hold the whole
 * library in one string), and the JSON is read by the same checks as a plain backup.
 */
const BACKUP_FILE = 'backup.json';
const IMAGES_FILE = 'images.json';
const IMAGES_FORMAT = 'lucid-reader-images';
const IMAGES_VERSION = 1;

const EXTENSIONS: Record<KeptImageType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
};

/** Where a kept image goes in a zip: `images/<hash>.<ext>`, relative to the zip's top. */
export const imagePath = (hash: string, type: KeptImageType): string => `images/${hash}.${EXTENSIONS[type]}`;

/** For each article, its images by `src`: the image's hash. */
type ImagesByArticle = Record<string, Record<string, string>>;

/** Images as a zip holds them: each file once, and where each article shows them. */
export interface ArchiveImages {
  files: Map<string, { bytes: Uint8Array<ArrayBuffer>; type: KeptImageType }>;
  articles: ImagesByArticle;
}

/** Whether `bytes` start as a zip file does ("PK\3\4"). */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The kept images of the articles `ids`, read from the library; an article without any is left out. */
export async function imagesOf(db: LibraryDb, ids: string[]): Promise<ArchiveImages> {
  const { snapshots, images } = await db.transaction('r', db.snapshots, db.images, async () => {
    const found = await db.snapshots.bulkGet(ids);
    const hashes = [...new Set(found.flatMap((snapshot) => Object.values(snapshot?.images ?? {})))];
    return { snapshots: found, images: await db.images.bulkGet(hashes) };
  });
  const files: ArchiveImages['files'] = new Map();
  for (const image of images) {
    if (image) files.set(image.hash, { bytes: new Uint8Array(await image.blob.arrayBuffer()), type: image.type });
  }
  const articles: ImagesByArticle = {};
  for (const [i, id] of ids.entries()) {
    const kept = Object.entries(snapshots[i]?.images ?? {}).filter(([, hash]) => files.has(hash));
    if (kept.length > 0) articles[id] = Object.fromEntries(kept);
  }
  return { files, articles };
}

/** A zip of `files`. fflate writes it into an ArrayBuffer of its own, as a Blob needs. */
const zipped = (files: Zippable) => zipSync(files) as Uint8Array<ArrayBuffer>;

/** The files of a zip for `images`, stored as they are (images are compressed already). */
export function imageFiles(images: ArchiveImages): Zippable {
  return Object.fromEntries(
    [...images.files].map(([hash, { bytes, type }]) => [imagePath(hash, type), [bytes, { level: 0 }]]),
  );
}

/** A backup with its articles' kept images, as a zip file's bytes. */
export async function backupArchive(db: LibraryDb, backup: Backup): Promise<Uint8Array<ArrayBuffer>> {
  return backupZip(
    backup,
    await imagesOf(
      db,
      backup.articles.map((article) => article.id),
    ),
  );
}

/** A backup and the images of its articles, as a zip file's bytes. */
export function backupZip(backup: Backup, images: ArchiveImages): Uint8Array<ArrayBuffer> {
  const manifest = { format: IMAGES_FORMAT, version: IMAGES_VERSION, articles: images.articles };
  return zipped({
    [BACKUP_FILE]: strToU8(JSON.stringify(backup)),
    [IMAGES_FILE]: strToU8(JSON.stringify(manifest)),
    ...imageFiles(images),
  });
}

/**
 * One article as Markdown with its kept images, as a zip's bytes: `<name>` and, beside it, the
 * `images/` it links to (`markdown` must link them by `imagePath`, as Obsidian and other
 * Markdown editors read relative links).
 */
export function markdownArchive(name: string, markdown: string, images: ArchiveImages): Uint8Array<ArrayBuffer> {
  return zipped({ [name]: strToU8(markdown), ...imageFiles(images) });
}

/** For each image `src` of the article `id`, the relative path `imageFiles` gives its file. */
export function imagePaths(images: ArchiveImages, id: string): Map<string, string> {
  return new Map(
    Object.entries(images.articles[id] ?? {}).map(([src, hash]) => [
      src,
      imagePath(hash, images.files.get(hash)!.type),
    ]),
  );
}

export type ParsedArchive = { ok: true; backup: Backup; images: ArchiveImages } | { ok: false; message: string };

const refuse = (message: string): { ok: false; message: string } => ({ ok: false, message });
const damaged = () => refuse(i18n.t('images.damagedArchive'));

/**
 * Reads a backup zip: its backup checked as a plain backup is, and every image it lists present,
 * of a kept type and size, and equal to its name's hash. Refuses the whole file, with one sentence,
 * when anything is wrong, so an import never half-happens.
 */
export async function parseBackupArchive(bytes: Uint8Array): Promise<ParsedArchive> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    return damaged();
  }
  const backupFile = entries[BACKUP_FILE];
  if (!backupFile) return refuse(i18n.t('backup.notOurs'));
  const parsed = parseBackup(strFromU8(backupFile));
  if (!parsed.ok) return parsed;

  let manifest: unknown;
  try {
    manifest = JSON.parse(strFromU8(entries[IMAGES_FILE] ?? strToU8('null')));
  } catch {
    return damaged();
  }
  if (!isObject(manifest) || manifest.format !== IMAGES_FORMAT || !isObject(manifest.articles)) return damaged();
  if (manifest.version !== IMAGES_VERSION) return refuse(i18n.t('backup.newer'));

  const inBackup = new Set(parsed.backup.articles.map((article) => article.id));
  // Each image file by the hash its name starts with.
  const named = new Map(
    Object.keys(entries).flatMap((path) => {
      const hash = /^images\/([0-9a-f]{64})\./.exec(path)?.[1];
      return hash ? [[hash, path] as const] : [];
    }),
  );
  const files: ArchiveImages['files'] = new Map();
  const articles: ImagesByArticle = {};
  for (const [id, shown] of Object.entries(manifest.articles)) {
    if (!inBackup.has(id) || !isObject(shown)) return damaged();
    articles[id] = {};
    for (const [src, hash] of Object.entries(shown)) {
      if (!isId(src) || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) return damaged();
      if (!files.has(hash)) {
        const name = named.get(hash);
        const file = name === undefined ? undefined : new Uint8Array(entries[name]!);
        const type = file && file.length <= MAX_IMAGE_BYTES ? imageType(file) : null;
        if (!file || !type || name !== imagePath(hash, type) || (await sha256(file)) !== hash) return damaged();
        files.set(hash, { bytes: file, type });
      }
      articles[id][src] = hash;
    }
  }
  return { ok: true, backup: parsed.backup, images: { files, articles } };
}

/**
 * Puts a backup's images in the library, once each, for the articles it has (imported just
 * before): each article's snapshot learns its images, and an image already kept gains the article.
 * One transaction: throws (a full disk) with nothing of it written, the imported text staying.
 */
export async function restoreImages(db: LibraryDb, images: ArchiveImages): Promise<void> {
  await db.transaction('rw', db.articles, db.snapshots, db.images, async () => {
    for (const [id, shown] of Object.entries(images.articles)) {
      const article = await db.articles.get(id);
      if (!article || article.deletedAt !== null || !(await db.snapshots.get(id))) continue;
      for (const hash of new Set(Object.values(shown))) {
        const existing = await db.images.get(hash);
        const { bytes, type } = images.files.get(hash)!;
        if (!existing)
          await db.images.add({ hash, blob: new Blob([bytes], { type }), type, size: bytes.length, articles: [id] });
        else if (!existing.articles.includes(id))
          await db.images.update(hash, { articles: [...existing.articles, id] });
      }
      await db.snapshots.update(id, (snapshot) => {
        snapshot.images = { ...snapshot.images, ...shown };
      });
    }
  });
}
