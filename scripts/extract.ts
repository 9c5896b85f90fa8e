/**
 * npm run --silent extract -- FILE [--url URL] [--format json|text|html] [--force]
 * npm run --silent extract -- --batch LIST --out-dir DIR [--format json|text|html] [--force]
 *
 * Runs the extension's extraction pipeline on a saved page. json (default) prints one object: the
 * article record, `readerable`, and `timing.extractMs` (the pipeline alone, not the HTML parsing).
 * Exit 0 on success, 2 when the page is not an article (reason on stderr), 1 on any other error.
 *
 * --batch does the same for every `FILE<Tab>URL` line of LIST in one process, writing each page's
 * output to DIR/NAME.txt|json|html (NAME: the file's name without .html); a page that is refused or
 * fails writes no file and prints `NAME<Tab>2<Tab>reason` or `NAME<Tab>1<Tab>error` on stderr. Exit 0
 * once every line is done. A FILE ending in .gz is read gunzipped.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../utils/extract/extract-article';
import { parseHtml } from './parse-html';

const USAGE =
  'usage: npm run --silent extract -- FILE [--url URL] [--format json|text|html] [--force]\n' +
  '       npm run --silent extract -- --batch LIST --out-dir DIR [--format json|text|html] [--force]';
const FORMATS = ['json', 'text', 'html'] as const;
type Format = (typeof FORMATS)[number];
const EXTENSIONS: Record<Format, string> = { json: 'json', text: 'txt', html: 'html' };

type Args =
  | { mode: 'file'; file: string; url: string; format: Format; force: boolean }
  | { mode: 'batch'; list: string; outDir: string; format: Format; force: boolean };

class UsageError extends Error {}

/** What one page gives: the output to print (exit 0), or the exit code and a one-line reason. */
type PageResult = { code: 0; output: string } | { code: 1 | 2; message: string };

function parseArgs(argv: string[]): Args {
  const values = new Map<string, string>();
  const files: string[] = [];
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url' || arg === '--format' || arg === '--batch' || arg === '--out-dir') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      values.set(arg, value);
    } else if (arg === '--force') {
      force = true;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  const formatName = values.get('--format') ?? 'json';
  if (!(FORMATS as readonly string[]).includes(formatName)) {
    throw new UsageError(`unknown format "${formatName}" (json, text or html)`);
  }
  const format = formatName as Format;

  const list = values.get('--batch');
  if (list !== undefined) {
    const outDir = values.get('--out-dir');
    if (outDir === undefined) throw new UsageError('--batch needs --out-dir');
    if (files.length > 0 || values.has('--url')) throw new UsageError('--batch takes its files and URLs from LIST');
    return { mode: 'batch', list: resolve(list), outDir: resolve(outDir), format, force };
  }
  if (values.has('--out-dir')) throw new UsageError('--out-dir goes with --batch');
  if (files.length === 0) throw new UsageError('FILE is missing');
  if (files.length > 1) throw new UsageError(`one FILE only (got "${files[0]}" and "${files[1]}")`);
  const file = resolve(files[0]!);
  const url = values.get('--url') ?? pathToFileURL(file).href;
  if (!URL.canParse(url)) throw new UsageError(`--url "${url}" is not a URL`);
  return { mode: 'file', file, url, format, force };
}

function readPage(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Reads, parses and extracts one page; never throws. */
function extractFile(file: string, url: string, format: Format, force: boolean): PageResult {
  let html: string;
  try {
    html = readPage(file);
  } catch (error) {
    return { code: 1, message: `cannot read ${file}: ${(error as Error).message}` };
  }
  let doc: Document | null = null;
  try {
    doc = parseHtml(html, url);
    const start = performance.now();
    const outcome = extractArticle(doc, url, { force });
    const extractMs = Math.round((performance.now() - start) * 10) / 10;
    if (!outcome.ok) return { code: outcome.reason === 'not-article' ? 2 : 1, message: outcome.message };
    const { article, readerable } = outcome;
    if (format === 'text') return { code: 0, output: `${article.text}\n` };
    if (format === 'html') return { code: 0, output: `${article.html}\n` };
    return { code: 0, output: `${JSON.stringify({ ...article, readerable, timing: { extractMs } }, null, 2)}\n` };
  } catch (error) {
    return { code: 1, message: error instanceof Error ? error.message : String(error) };
  } finally {
    // A batch parses thousands of pages: each window is closed so its memory goes with it.
    doc?.defaultView?.close();
  }
}

/** The page's name in DIR: its file name without `.html` (or `.html.gz`). */
function pageName(file: string): string {
  return basename(file)
    .replace(/\.gz$/, '')
    .replace(/\.html?$/i, '');
}

/** One line of stderr, whatever the message holds. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function runBatch(args: Extract<Args, { mode: 'batch' }>): number {
  let lines: string[];
  try {
    lines = readFileSync(args.list, 'utf8').split(/\r?\n/);
  } catch (error) {
    console.error(`extract: cannot read ${args.list}: ${(error as Error).message}`);
    return 1;
  }
  mkdirSync(args.outDir, { recursive: true });
  for (const line of lines) {
    if (!line.trim()) continue;
    const [file = '', url = ''] = line.split('\t');
    const name = pageName(file);
    if (!URL.canParse(url)) {
      console.error(`${name}\t1\t"${url}" is not a URL`);
      continue;
    }
    const result = extractFile(resolve(file), url, args.format, args.force);
    if (result.code === 0) writeFileSync(`${args.outDir}/${name}.${EXTENSIONS[args.format]}`, result.output);
    else console.error(`${name}\t${result.code}\t${oneLine(result.message)}`);
  }
  return 0;
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`extract: ${error.message}\n${USAGE}`);
    return 1;
  }
  if (args.mode === 'batch') return runBatch(args);
  const result = extractFile(args.file, args.url, args.format, args.force);
  if (result.code !== 0) {
    console.error(`extract: ${result.message}`);
    return result.code;
  }
  process.stdout.write(result.output);
  return 0;
}

// Libraries warn on stderr of their own accord (css-tree, under jsdom, on some stylesheets); stderr
// is this command's report of refused and failed pages, one line each, so their warnings are dropped.
console.warn = () => {};

try {
  process.exitCode = main();
} catch (error) {
  console.error(`extract: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
