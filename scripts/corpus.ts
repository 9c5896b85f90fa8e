import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Where the page corpora live: ../shared beside the project (shared with every developer and CI),
// and the project's own pages. Each path ends with a slash.
export const SHARED_PAGES_DIR = fileURLToPath(new URL('../../shared/pages/', import.meta.url));
export const READABILITY_PAGES_DIR = fileURLToPath(new URL('../../shared/readability-pages/', import.meta.url));
export const OWN_PAGES_DIR = fileURLToPath(new URL('../tests/pages/', import.meta.url));

/** Readability's own test suite parses every page at this one URL. */
export const READABILITY_PAGES_URL = 'http://fakehost/test/page.html';

/** The names of the folders of `dir` that hold a `source.html`, sorted; [] when `dir` is missing. */
export function pageFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${dir}/${entry.name}/source.html`))
    .map((entry) => entry.name)
    .toSorted();
}
