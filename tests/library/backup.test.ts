import { describe, expect, it, vi } from 'vitest';
import type { Highlight } from '@/utils/highlights/types';
import { articleIdFor } from '@/utils/library/article-id';
import { deleteArticle, saveArticle } from '@/utils/library/article-store';
import { backupSizeProblem, createBackup, MAX_BACKUP_BYTES, parseBackup, type Backup } from '@/utils/library/backup';
import { saveHighlight, updateHighlight } from '@/utils/library/highlight-store';
import { importBackup } from '@/utils/library/import-backup';
import type { LibraryDb } from '@/utils/library/library-db';
import { libraryFiles } from '@/utils/library/library-files';
import { findDocs } from '@/utils/library/word-index';
import { DEFAULT_SETTINGS, type ReaderSettings } from '@/utils/settings/reader-settings';
import { freshLibrary, highlightOf, quotaError, sampleArticle } from '../support/library';

const ID = articleIdFor(sampleArticle);
const TEXT = sampleArticle.text;
const OTHER = {
  ...sampleArticle,
  url: 'https://blog.example/ferries',
  canonicalUrl: '',
  title: 'Night ferries return',
  html: '<p>The harbour ferry runs at night again.</p>',
  text: 'The harbour ferry runs at night again.',
};
const OTHER_ID = articleIdFor(OTHER);
const GONE = { ...sampleArticle, url: 'https://gone.example/a', canonicalUrl: '', title: 'Deleted one' };
const SETTINGS: ReaderSettings = { ...DEFAULT_SETTINGS, theme: 'dark', size: 22 };

/** A library with two articles (three highlights, one with a note) and one deleted article. */
async function filledLibrary(): Promise<{ db: LibraryDb; highlights: Highlight[] }> {
  const db = freshLibrary();
  const highlights = [
    highlightOf(TEXT, 'phone conversation', { note: 'Which phone?', createdAt: 1000, updatedAt: 1000 }),
    highlightOf(TEXT, 'the city', { createdAt: 1100, updatedAt: 1100 }),
    highlightOf(OTHER.text, 'harbour ferry', { articleId: OTHER_ID, createdAt: 1200, updatedAt: 1200 }),
  ];
  await saveHighlight(db, sampleArticle, highlights[0]!, 1000);
  await saveHighlight(db, sampleArticle, highlights[1]!, 1100);
  await saveHighlight(db, OTHER, highlights[2]!, 1200);
  await saveArticle(db, articleIdFor(GONE), GONE, 1300);
  await deleteArticle(db, articleIdFor(GONE), 1400);
  return { db, highlights };
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const notGone = (record: { id: string }) => record.id !== articleIdFor(GONE);

/** Everything a library holds, doc numbers left out (they are local to it), in a fixed order. */
async function contents(db: LibraryDb) {
  const articles = (await db.articles.toArray()).map(({ doc: _doc, ...rest }) => rest);
  return {
    articles: articles.toSorted(byId),
    snapshots: (await db.snapshots.toArray()).toSorted(byId),
    highlights: (await db.highlights.toArray()).toSorted(byId),
  };
}

/** The backup of `db`, through JSON as it goes through a file. */
async function backupFile(db: LibraryDb, settings = SETTINGS): Promise<Backup> {
  const parsed = parseBackup(JSON.stringify((await createBackup(db, settings, Date.UTC(2024, 2, 1))).backup));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.backup;
}

describe('createBackup', () => {
  it('holds the articles, snapshots, highlights and settings, leaving out deleted articles and doc numbers', async () => {
    const { db, highlights } = await filledLibrary();
    const { backup, unreadable } = await createBackup(db, SETTINGS, Date.UTC(2024, 2, 1));
    expect(unreadable).toBe(0);
    expect(backup).toMatchObject({
      format: 'lucid-reader-backup',
      version: 1,
      exportedAt: '2024-03-01T00:00:00.000Z',
      settings: SETTINGS,
    });
    expect(backup.articles.map((a) => a.id)).toEqual([ID, OTHER_ID]);
    expect(backup.articles[0]).toMatchObject({ title: sampleArticle.title, highlightCount: 2, savedAt: 1000 });
    expect(backup.articles[0]).not.toHaveProperty('doc');
    expect(backup.articles[0]).not.toHaveProperty('deletedAt');
    expect(backup.snapshots.toSorted(byId)).toEqual(
      [
        { id: OTHER_ID, html: OTHER.html, text: OTHER.text },
        { id: ID, html: sampleArticle.html, text: TEXT },
      ].toSorted(byId),
    );
    expect(backup.highlights.toSorted(byId)).toEqual(highlights.toSorted(byId));
  });

  it('skips and counts unreadable records, and an article whose snapshot is gone, so the backup still imports', async () => {
    const { db } = await filledLibrary();
    await db.articles.put({ id: 'https://broken.example/', title: 42 } as never);
    await db.highlights.put({ id: 'broken', articleId: ID, color: 'chartreuse' } as never);
    await db.snapshots.delete(OTHER_ID);
    const { backup, unreadable } = await createBackup(db, SETTINGS);
    expect(unreadable).toBe(3);
    expect(backup.articles.map((a) => a.id)).toEqual([ID]);
    expect(backup.highlights).toHaveLength(2);
    expect(parseBackup(JSON.stringify(backup)).ok).toBe(true);
  });
});

describe('importBackup', () => {
  it('gives a fresh library the same articles, snapshots and highlights, and hands back the settings', async () => {
    const { db } = await filledLibrary();
    const backup = await backupFile(db);
    const copy = freshLibrary();
    expect(await importBackup(copy, backup)).toEqual({ articles: 2, highlights: 3, updated: 0, settings: SETTINGS });
    const original = await contents(db);
    expect(await contents(copy)).toEqual({
      ...original,
      articles: original.articles.filter(notGone),
      snapshots: original.snapshots.filter(notGone),
    });
    expect((await copy.articles.toArray()).map((a) => a.doc).toSorted()).toEqual([1, 2]);
  });

  it('indexes imported articles, so search finds them by text, title and note', async () => {
    const { db } = await filledLibrary();
    const copy = freshLibrary();
    await saveArticle(copy, 'https://local.example/', {
      ...OTHER,
      url: 'https://local.example/',
      text: 'Nothing alike.',
    });
    await importBackup(copy, await backupFile(db));
    const docOf = async (id: string) => (await copy.articles.get(id))!.doc;
    expect(await findDocs(copy.words, ['conversation'])).toEqual(new Set([await docOf(ID)]));
    expect(await findDocs(copy.words, ['harbour'])).toEqual(new Set([await docOf(OTHER_ID)]));
    expect(await findDocs(copy.words, ['which', 'phone'])).toEqual(new Set([await docOf(ID)]));
    expect(await findDocs(copy.words, ['ferries'])).toEqual(new Set([1, await docOf(OTHER_ID)]));
    expect(await docOf(ID)).toBeGreaterThan(1);
  });

  it('adds nothing when the same backup is imported again', async () => {
    const { db } = await filledLibrary();
    const backup = await backupFile(db);
    const copy = freshLibrary();
    await importBackup(copy, backup);
    const once = { ...(await contents(copy)), words: await copy.words.toArray() };
    expect(await importBackup(copy, backup)).toEqual({ articles: 0, highlights: 0, updated: 0, settings: SETTINGS });
    expect({ ...(await contents(copy)), words: await copy.words.toArray() }).toEqual(once);
    expect(await importBackup(db, backup)).toMatchObject({ articles: 0, highlights: 0, updated: 0 });
  });

  it('keeps the newer copy of a highlight and of an article, and the library’s own snapshot', async () => {
    const { db, highlights } = await filledLibrary();
    const old = await backupFile(db);
    const [noted, plain] = highlights;
    await updateHighlight(db, noted!.id, { note: 'Changed here later' }, 5000);
    await db.snapshots.update(ID, { html: '<p>Local copy.</p>', text: 'Local copy.' });
    expect(await importBackup(db, old)).toMatchObject({ articles: 0, highlights: 0, updated: 0 });
    expect((await db.highlights.get(noted!.id))?.note).toBe('Changed here later');

    const copy = freshLibrary();
    await importBackup(copy, old);
    const newer = await backupFile(db);
    const added = highlightOf(TEXT, 'They spoke', { createdAt: 6000, updatedAt: 6000 });
    await saveHighlight(copy, sampleArticle, added, 6000);
    expect(await importBackup(copy, newer)).toMatchObject({ articles: 0, highlights: 0, updated: 1 });
    expect((await copy.highlights.get(noted!.id))?.note).toBe('Changed here later');
    expect(await copy.highlights.get(plain!.id)).toEqual(plain);
    expect(await copy.highlights.get(added.id)).toEqual(added);
    expect(await copy.articles.get(ID)).toMatchObject({ updatedAt: 6000, highlightCount: 3 });
    expect((await copy.snapshots.get(ID))?.text).toBe(TEXT);
  });

  it('takes an article’s metadata from the backup when its copy there is newer, keeping its doc number', async () => {
    const { db } = await filledLibrary();
    const copy = freshLibrary();
    await importBackup(copy, await backupFile(db));
    const { doc } = (await copy.articles.get(ID))!;
    await db.articles.update(ID, { title: 'Assad Thanks Putin (corrected)', updatedAt: 9000, progress: 0.5 });
    expect(await importBackup(copy, await backupFile(db))).toMatchObject({ articles: 0, highlights: 0, updated: 1 });
    expect(await copy.articles.get(ID)).toMatchObject({
      title: 'Assad Thanks Putin (corrected)',
      updatedAt: 9000,
      progress: 0.5,
      doc,
    });
    expect(await findDocs(copy.words, ['corrected'])).toEqual(new Set([doc]));
  });

  it('brings back an article deleted a moment ago, with its highlights and the backup’s', async () => {
    const { db, highlights } = await filledLibrary();
    const backup = await backupFile(db);
    const later = highlightOf(TEXT, 'They spoke', { createdAt: 7000, updatedAt: 7000 });
    await saveHighlight(db, sampleArticle, later, 7000);
    await db.highlights.delete(highlights[1]!.id);
    await deleteArticle(db, ID, 8000);
    await importBackup(db, backup);
    expect(await db.articles.get(ID)).toMatchObject({ deletedAt: null, highlightCount: 3 });
    expect((await db.highlights.where('articleId').equals(ID).primaryKeys()).toSorted()).toEqual(
      [highlights[0]!.id, highlights[1]!.id, later.id].toSorted(),
    );
  });

  it('replaces a record the library can no longer read with the backup’s copy', async () => {
    const { db, highlights } = await filledLibrary();
    const backup = await backupFile(db);
    await db.articles.put({ id: OTHER_ID, title: 42 } as never);
    await db.highlights.put({ id: highlights[0]!.id, articleId: ID } as never);
    // Damaged so far that the library no longer files it under its article.
    await db.highlights.put({ id: highlights[1]!.id } as never);
    expect(await importBackup(db, backup)).toMatchObject({ articles: 0, highlights: 0, updated: 3 });
    expect(await db.articles.get(OTHER_ID)).toMatchObject({ title: OTHER.title, deletedAt: null, doc: 4 });
    expect(await db.highlights.get(highlights[0]!.id)).toEqual(highlights[0]);
    expect(await db.highlights.get(highlights[1]!.id)).toEqual(highlights[1]);
    expect(await db.articles.get(ID)).toMatchObject({ highlightCount: 2 });
  });

  it('changes nothing at all when a write fails part-way', async () => {
    const { db } = await filledLibrary();
    const backup = await backupFile(db);
    const copy = freshLibrary();
    await saveArticle(copy, 'https://local.example/', { ...OTHER, url: 'https://local.example/' });
    const before = { ...(await contents(copy)), words: await copy.words.toArray() };
    const quota = quotaError();
    const write = vi.spyOn(copy.snapshots, 'bulkPut').mockRejectedValueOnce(quota);
    await expect(importBackup(copy, backup)).rejects.toThrow('quota');
    write.mockRestore();
    expect({ ...(await contents(copy)), words: await copy.words.toArray() }).toEqual(before);
  });
});

/** A backup as the JSON file holds it, to damage. */
async function backupJson(): Promise<Record<string, unknown>> {
  const { db } = await filledLibrary();
  return JSON.parse(JSON.stringify((await createBackup(db, SETTINGS)).backup)) as Record<string, unknown>;
}

describe('parseBackup', () => {
  it.each([
    ['text that is not JSON', 'Dear diary,', /not a Lucid Reader backup: it isn't JSON/],
    ['an empty file', '', /it isn't JSON/],
    ['JSON that is not ours', '{"bookmarks": []}', /^This file is not a Lucid Reader backup\. Nothing/],
    [
      'another format',
      '{"format": "pocket-export", "version": 1}',
      /^This file is not a Lucid Reader backup\. Nothing/,
    ],
    ['a JSON array', '[1, 2]', /^This file is not a Lucid Reader backup\. Nothing/],
    ['JSON null', 'null', /^This file is not a Lucid Reader backup\. Nothing/],
  ])('refuses %s', (_, text, message) => {
    expect(parseBackup(text)).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  it('refuses a backup from a newer version, asking to update the extension first', async () => {
    const json = await backupJson();
    expect(parseBackup(JSON.stringify({ ...json, version: 2 }))).toEqual({
      ok: false,
      message:
        'This backup was made by a newer Lucid Reader — update the extension first, then import it again. Nothing was imported.',
    });
  });

  type Damage = (backup: Record<string, any>) => void;
  it.each<[string, Damage, RegExp]>([
    ['a version that is no version', (b) => (b.version = '1'), /parts of it are missing/],
    ['a missing list', (b) => delete b.highlights, /parts of it are missing/],
    ['missing settings', (b) => (b.settings = null), /its settings can't be read/],
    ['an unreadable article', (b) => (b.articles[0].title = 42), /one of its saved articles can't be read/],
    ['an article that is not an object', (b) => (b.articles[0] = 'x'), /one of its saved articles can't be read/],
    [
      'an article with a non-web address',
      (b) => (b.articles[0].url = 'javascript:alert(1)'),
      /one of its saved articles can't be read/,
    ],
    [
      'an unreadable snapshot',
      (b) => (b.snapshots[0].text = null),
      /the saved text of one of its articles can't be read/,
    ],
    ['a missing snapshot', (b) => b.snapshots.pop(), /the saved text of one of its articles is missing/],
    ['an unreadable highlight', (b) => (b.highlights[0].color = 'chartreuse'), /one of its highlights can't be read/],
    [
      'a highlight of an article not in it',
      (b) => (b.highlights[0].articleId = 'https://elsewhere.example/'),
      /an article that isn't in it/,
    ],
    [
      'a snapshot of an article not in it',
      (b) => b.snapshots.push({ id: 'https://elsewhere.example/', html: '', text: '' }),
      /an article that isn't in it/,
    ],
    ['an article twice', (b) => b.articles.push(b.articles[0]), /the same article or highlight twice/],
    ['a highlight twice', (b) => b.highlights.push(b.highlights[0]), /the same article or highlight twice/],
  ])('refuses a backup with %s, saying what is wrong', async (_, damage, message) => {
    const json = await backupJson();
    damage(json);
    expect(parseBackup(JSON.stringify(json))).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  it('reads damaged settings field by field, falling back to the defaults', async () => {
    const json = await backupJson();
    const parsed = parseBackup(JSON.stringify({ ...json, settings: { theme: 'neon', size: 22 } }));
    expect(parsed.ok && parsed.backup.settings).toEqual({ ...DEFAULT_SETTINGS, size: 22 });
  });

  it('leaves the library and the settings unchanged when "Import backup…" is given a refused file', async () => {
    const { db } = await filledLibrary();
    const json = await backupJson();
    (json.highlights as Record<string, unknown>[])[2]!.selectors = null;
    const before = await contents(db);
    const settings = { load: vi.fn(async () => SETTINGS), save: vi.fn(async () => {}) };
    // The document is only used for downloads, which an import never makes.
    const siteRules = { load: vi.fn(async () => ({})), merge: vi.fn(async () => {}) };
    const files = libraryFiles(db, settings, siteRules, {} as Document);
    const outcome = await files.importBackup(new File([JSON.stringify(json)], 'backup.json'));
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/one of its highlights can't be read/) });
    expect(settings.save).not.toHaveBeenCalled();
    expect(siteRules.merge).not.toHaveBeenCalled();
    expect(await contents(db)).toEqual(before);
  });

  it('refuses a file too large to be a backup before it is read', () => {
    expect(backupSizeProblem(MAX_BACKUP_BYTES)).toBeNull();
    expect(backupSizeProblem(MAX_BACKUP_BYTES + 1)).toBe(
      'This file is too large to be a Lucid Reader backup. Nothing was imported.',
    );
  });
});
