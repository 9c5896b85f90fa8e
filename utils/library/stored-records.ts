import type { Table } from 'dexie';

/**
 * The records stored under `keys` (undefined for those not stored), as `bulkGet` gives them, for
 * many keys at once (an import): only the keys present are looked up. Reading all the keys is
 * cheap, while looking up 20,000 that an empty library lacks took about a second
 * (scripts/bench-library.ts).
 */
export async function storedRecords(table: Table<unknown, string>, keys: string[]): Promise<unknown[]> {
  const present = new Set(await table.toCollection().primaryKeys());
  const wanted = keys.filter((key) => present.has(key));
  const found = await table.bulkGet(wanted);
  const byKey = new Map(wanted.map((key, i) => [key, found[i]]));
  return keys.map((key) => byKey.get(key));
}
