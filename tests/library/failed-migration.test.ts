import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { freshLibrary, sampleArticle, versionOneLibrary } from '../support/library';

vi.mock('@/utils/library/migrations', () => ({
  migrateToVersion2: async () => {
    throw new Error('migration failed half-way');
  },
}));

describe('a migration that throws', () => {
  it('leaves the library as it was, at the old version, readable', async () => {
    const name = `library-${crypto.randomUUID()}`;
    const v1 = versionOneLibrary(name);
    const { html: _h, text: _t, ...metadata } = sampleArticle;
    await v1.table('articles').put({ ...metadata, id: 'a', savedAt: 1, updatedAt: 1 });
    v1.close();

    await expect(freshLibrary(name).open()).rejects.toThrow('migration failed half-way');

    const reopened = new Dexie(name, { indexedDB, IDBKeyRange });
    await reopened.open(); // no schema given: opens whatever version is there
    expect(reopened.verno).toBe(1);
    expect(await reopened.table('articles').toArray()).toEqual([{ ...metadata, id: 'a', savedAt: 1, updatedAt: 1 }]);
  });
});
