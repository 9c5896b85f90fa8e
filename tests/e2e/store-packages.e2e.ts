// The packages the stores get, checked as a store and its reviewers use them: the Chrome zip
// unpacked and loaded as it is, the sources zip built in a fresh folder with the README's
// commands, and the listing in store/ held to what the packages' manifests declare. (The Firefox
// zip is what firefox.e2e.ts installs.)
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { launchExtension } from './support/launch-extension';
import { openReaderDocument } from './support/open-reader';
import { pngSize } from './support/png-size';
import { servePages } from './support/serve-pages';
import { storePackage, unpackZip } from './support/store-packages';

const work = mkdtempSync(join(tmpdir(), 'lucid-packages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Each file's path under `dir` and a digest of its bytes, with its size. */
async function filesIn(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    files[relative(dir, path)] = `${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex')}`;
  }
  return files;
}

/** A listing's text under each of its `## ` headings, by heading. */
function sections(markdown: string): Record<string, string> {
  const parts = markdown.split(/^## (.+)$/m).slice(1);
  const found: Record<string, string> = {};
  for (let at = 0; at < parts.length; at += 2) found[parts[at]!] = parts[at + 1]!.trim();
  return found;
}

interface Manifest {
  permissions: string[];
  optional_host_permissions: string[];
  browser_specific_settings: { gecko: { data_collection_permissions: unknown } };
}

/** The manifest inside the zip at `zipPath`. */
async function manifestIn(zipPath: string): Promise<Manifest> {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  return JSON.parse(await zip.file('manifest.json')!.async('string')) as Manifest;
}

const run = promisify(execFile);

/**
 * The environment of a reviewer's shell: without what Vitest sets for its tests (NODE_ENV=test
 * would make Vite build Preact's debugging code into the package).
 */
const shellEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
);

/** Runs `npm args` in `cwd`; a failure says what npm printed. */
async function npm(cwd: string, ...args: string[]): Promise<void> {
  await run('npm', args, { cwd, env: shellEnv, maxBuffer: 32 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string }) => {
      throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
    },
  );
}

describe('the store packages', () => {
  it('the Chrome zip, unpacked into a fresh folder, has its icons and opens the reader in Chromium', async () => {
    const dir = join(work, 'chrome');
    await unpackZip(storePackage('chrome'), dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { icons: Record<string, string> };
    const iconSizes = Object.entries(manifest.icons).map(([size, path]) => [
      size,
      pngSize(readFileSync(join(dir, path))),
    ]);
    expect(Object.fromEntries(iconSizes)).toEqual(
      Object.fromEntries([16, 32, 48, 128].map((size) => [size, { width: size, height: size }])),
    );

    const server = await servePages();
    const extension = await launchExtension({ extensionDir: dir });
    try {
      const page = await extension.context.newPage();
      await page.goto(server.pageUrl('daily-harbor-ferry-strike'));
      const reader = await openReaderDocument(extension, page);
      expect(await reader.locator('article h1').textContent()).toBe(
        'Ferry crews begin 48-hour strike, stranding island commuters',
      );
    } finally {
      await extension.close();
      await server.close();
    }
  });

  // npm ci from the npm cache, then a build: tens of seconds on a busy two-core machine.
  it(
    'the sources zip builds in a fresh folder, with `npm ci` and `npm run build:firefox`, to the Firefox zip',
    {
      timeout: 300_000,
    },
    async () => {
      const dir = join(work, 'sources');
      await unpackZip(storePackage('sources'), dir);
      await npm(dir, 'ci', '--prefer-offline', '--no-audit', '--no-fund');
      await npm(dir, 'run', 'build:firefox');

      const submitted = join(work, 'firefox');
      await unpackZip(storePackage('firefox'), submitted);
      const expected = await filesIn(submitted);
      expect(Object.keys(expected).length).toBeGreaterThan(10);
      expect(await filesIn(join(dir, '.output', 'firefox-mv3'))).toEqual(expected);
    },
  );

  it('the sources zip holds only files the repository tracks', async () => {
    const { stdout } = await run('git', ['ls-files', '-z'], { cwd: new URL('../..', import.meta.url) });
    const tracked = new Set(stdout.split('\0').filter(Boolean));
    const zip = await JSZip.loadAsync(readFileSync(storePackage('sources')));
    const files = Object.values(zip.files).filter((entry) => !entry.dir);
    expect(files.length).toBeGreaterThan(50);
    expect(files.map((entry) => entry.name).filter((name) => !tracked.has(name))).toEqual([]);
  });

  it.each(['en', 'de'])(
    'the %s store listing names the manifest, its permissions, and the data it does not collect',
    async (language) => {
      const listing = sections(readFileSync(new URL(`../../store/${language}.md`, import.meta.url), 'utf8'));
      const messages = JSON.parse(readFileSync(new URL(`../../locales/${language}.json`, import.meta.url), 'utf8')) as {
        extName: string;
        extDescription: string;
      };
      expect(listing['Name']).toBe(messages.extName);
      expect(listing['Short description']).toBe(messages.extDescription);
      expect(messages.extDescription.length).toBeLessThanOrEqual(132); // the Chrome Web Store's limit

      for (const kind of ['chrome', 'firefox'] as const) {
        const manifest = await manifestIn(storePackage(kind));
        // Nothing runs on a page until the user asks, and no site is open to the extension: a site is
        // asked for, one at a time, only when the person turns "always open" on for it.
        expect(manifest).not.toHaveProperty('host_permissions');
        expect(manifest).not.toHaveProperty('content_scripts');
        const explained = [...listing['Permissions']!.matchAll(/^- (\w+):/gm)].map((match) => match[1]);
        expect(explained.toSorted()).toEqual(manifest.permissions.toSorted());
        // Hosts only on request, each named where the listing says why.
        expect(manifest.optional_host_permissions.length).toBeGreaterThan(0);
        for (const host of manifest.optional_host_permissions) expect(listing['Optional permissions']).toContain(host);
      }
      const gecko = (await manifestIn(storePackage('firefox'))).browser_specific_settings.gecko;
      expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
      expect(listing['Data collection']).toContain('`required: ["none"]`');
    },
  );
});
