// The contract of `npm run --silent extract -- FILE [--url URL] [--format json|text|html]` (DESIGN.md).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHARED_PAGES_DIR } from '../../scripts/corpus';
import { needsCorpus } from '../support/shared-corpus';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ALEPPO = `${SHARED_PAGES_DIR}christian-times-aleppo/source.html`;
const needsSharedPages = needsCorpus(SHARED_PAGES_DIR);
const ALEPPO_URL =
  'https://www.christiantimes.example/articles/12345/20161224/assad-thanks-putin-russia-for-helping-aleppos-liberation.htm';

const ARTICLE_FIELDS = [
  'url',
  'canonicalUrl',
  'title',
  'byline',
  'siteName',
  'publishedTime',
  'lang',
  'dir',
  'excerpt',
  'leadImage',
  'html',
  'text',
  'wordCount',
  'readingMinutes',
];

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/extract.ts', ...args],
      { cwd: REPO },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

// One at a time: each test starts a Node of its own that compiles the pipeline, and its time limit
// bounds that one Node, not ten sharing two cores.
describe('scripts/extract.ts', () => {
  it(
    'prints the article as one JSON object and exits 0',
    needsSharedPages(async () => {
      const { code, stdout, stderr } = await run(ALEPPO, '--url', ALEPPO_URL);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const json = JSON.parse(stdout) as Record<string, unknown>;
      expect(Object.keys(json).toSorted()).toEqual([...ARTICLE_FIELDS, 'readerable', 'timing'].toSorted());
      expect(json).toMatchObject({
        url: ALEPPO_URL,
        title: "Assad Thanks Putin, Russia for Helping Aleppo's Liberation",
        siteName: 'Christian Times',
        readerable: true,
        timing: { extractMs: expect.any(Number) },
      });
      expect(json.text).toContain('Russia has also sent an elite force to guard aid workers and convoys.');
    }),
  );

  it(
    'prints only the text with --format text, only the html with --format html',
    needsSharedPages(async () => {
      const [json, text, html] = await Promise.all([
        run(ALEPPO, '--url', ALEPPO_URL),
        run(ALEPPO, '--url', ALEPPO_URL, '--format', 'text'),
        run(ALEPPO, '--format', 'html', '--url', ALEPPO_URL),
      ]);
      const article = JSON.parse(json.stdout) as { text: string; html: string };
      expect(text).toMatchObject({ code: 0, stdout: `${article.text}\n` });
      expect(html).toMatchObject({ code: 0, stdout: `${article.html}\n` });
    }),
  );

  it(
    'exits 2 with a one-line reason on stderr and nothing on stdout for a page that is not an article',
    needsSharedPages(async () => {
      const result = await run(
        `${SHARED_PAGES_DIR}northfield-courier-home/source.html`,
        '--url',
        'https://www.northfieldcourier.example/',
      );
      expect(result).toEqual({ code: 2, stdout: '', stderr: "extract: This page doesn't look like an article.\n" });
    }),
  );

  it('exits 1 for a file it cannot read', async () => {
    const result = await run(`${SHARED_PAGES_DIR}no-such-page/source.html`);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('cannot read');
  });

  it.each([
    ['no file', []],
    ['an unknown format', [ALEPPO, '--format', 'xml']],
    ['an invalid URL', [ALEPPO, '--url', 'not a url']],
    ['an unknown option', [ALEPPO, '--fast']],
  ])('exits 1 with usage for %s', async (_, args) => {
    const result = await run(...args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('usage: npm run --silent extract');
  });
});

describe('scripts/extract.ts --batch', () => {
  it(
    '--batch writes each page the single command prints, and one line on stderr for each page it cannot',
    needsSharedPages(async () => {
      const dir = mkdtempSync(`${tmpdir()}/extract-batch-`);
      const home = `${SHARED_PAGES_DIR}northfield-courier-home/source.html`;
      const list = `${dir}/pages.list`;
      writeFileSync(
        list,
        `${ALEPPO}\t${ALEPPO_URL}\n${home}\thttps://www.northfieldcourier.example/\n\n${dir}/gone.html\thttps://gone.example/\n`,
      );
      const [batch, single] = await Promise.all([
        run('--batch', list, '--out-dir', `${dir}/out`, '--format', 'text'),
        run(ALEPPO, '--url', ALEPPO_URL, '--format', 'text'),
      ]);
      expect(batch.code).toBe(0);
      expect(batch.stdout).toBe('');
      expect(readdirSync(`${dir}/out`)).toEqual(['source.txt']);
      expect(readFileSync(`${dir}/out/source.txt`, 'utf8')).toBe(single.stdout);
      const lines = batch.stderr.trimEnd().split('\n');
      expect(lines).toEqual([
        "source\t2\tThis page doesn't look like an article.",
        expect.stringMatching(/^gone\t1\tcannot read /),
      ]);
    }),
  );

  it('--batch with an empty LIST does nothing and exits 0', async () => {
    const dir = mkdtempSync(`${tmpdir()}/extract-batch-`);
    writeFileSync(`${dir}/empty.list`, '');
    expect(await run('--batch', `${dir}/empty.list`, '--out-dir', `${dir}/out`)).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(readdirSync(`${dir}/out`)).toEqual([]);
  });
});
