import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of the files under `dir`, all levels down. */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(path) : statSync(path).size;
  }
  return total;
}

/** Bytes the extension origin's IndexedDB takes on disk in Chromium's `profile` (its database files and blobs). */
export function indexedDbOnDisk(profile: string, extensionId: string): number {
  const dir = join(profile, 'Default', 'IndexedDB');
  return readdirSync(dir)
    .filter((name) => name.startsWith(`chrome-extension_${extensionId}_`))
    .reduce((sum, name) => sum + bytesUnder(join(dir, name)), 0);
}
