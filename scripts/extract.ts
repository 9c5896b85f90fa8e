/**
 * npm run --silent extract -- FILE [--url URL] [--format json|text|html] [--force]
 *
 * Runs the extension's extraction pipeline on a saved page. json (default) prints one object: the
 * article record, `readerable`, and `timing.extractMs` (the pipeline alone, not the HTML parsing).
 * Exit 0 on success, 2 when the page is not an article (reason on stderr), 1 on any other error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../utils/extract/extract-article';
import { parseHtml } from './parse-html';

const USAGE = 'usage: npm run --silent extract -- FILE [--url URL] [--format json|text|html] [--force]';
const FORMATS = ['json', 'text', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface Args {
  file: string;
  url: string;
  format: Format;
  force: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let url: string | undefined;
  let format: Format = 'json';
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url' || arg === '--format') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      if (arg === '--url') url = value;
      else if ((FORMATS as readonly string[]).includes(value)) format = value as Format;
      else throw new UsageError(`unknown format "${value}" (json, text or html)`);
    } else if (arg === '--force') {
      force = true;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`one FILE only (got "${file}" and "${arg}")`);
    }
  }
  if (file === undefined) throw new UsageError('FILE is missing');
  const path = resolve(file);
  url ??= pathToFileURL(path).href;
  if (!URL.canParse(url)) throw new UsageError(`--url "${url}" is not a URL`);
  return { file: path, url, format, force };
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

  let html: string;
  try {
    html = readFileSync(args.file, 'utf8');
  } catch (error) {
    console.error(`extract: cannot read ${args.file}: ${(error as Error).message}`);
    return 1;
  }

  const doc = parseHtml(html, args.url);
  const start = performance.now();
  const outcome = extractArticle(doc, args.url, { force: args.force });
  const extractMs = Math.round((performance.now() - start) * 10) / 10;

  if (!outcome.ok) {
    console.error(`extract: ${outcome.message}`);
    return outcome.reason === 'not-article' ? 2 : 1;
  }
  const { article, readerable } = outcome;
  if (args.format === 'text') process.stdout.write(`${article.text}\n`);
  else if (args.format === 'html') process.stdout.write(`${article.html}\n`);
  else process.stdout.write(`${JSON.stringify({ ...article, readerable, timing: { extractMs } }, null, 2)}\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`extract: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
