import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

/** The packages `npm run zip` makes: one per store, and the sources Firefox's review asks for. */
export type StorePackage = 'chrome' | 'firefox' | 'sources';

/** The path of the `kind` package; throws, saying how to make it, when it is not there. */
export function storePackage(kind: StorePackage): string {
  const path = join(ROOT, '.output', `${name}-${version}-${kind}.zip`);
  if (!existsSync(path)) throw new Error(`${path} does not exist: run \`npm run zip\` first (npm test does).`);
  return path;
}

/** Writes every file of the zip at `zipPath` under `dir`; throws on an entry that would land outside it. */
export async function unpackZip(zipPath: string, dir: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = resolve(dir, entry.name);
    if (!target.startsWith(resolve(dir) + sep))
      throw new Error(`${zipPath} has an entry outside its folder: ${entry.name}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, await entry.async('nodebuffer'));
  }
}
