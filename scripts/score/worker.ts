// A scoring thread: parses each page it is handed, runs the asked engines on it one after another,
// and posts each engine's result as soon as it has it, so that a page that hangs in one engine still
// gives the results of the engines before it. Half the pages run the engines in the reverse order:
// the engine that runs first on a freshly parsed page is slower, and each engine is so on half.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { parseHtml } from '../parse-html';
import { fnv1a32 } from './domain-split';
import { ENGINE_RUNS } from './engines';
import type { EngineName, EngineResult, ScorePage } from './page';
import { crashResult, scoreEngine } from './score-engine';

export interface Job {
  page: ScorePage;
  engines: EngineName[];
  /** Keep ours' output text in its result, for the report. */
  keepText: boolean;
}

export type WorkerMessage =
  { kind: 'ready' } | { kind: 'engine'; id: string; result: EngineResult } | { kind: 'done'; id: string };

function readPage(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function score({ page, engines, keepText }: Job, post: (message: WorkerMessage) => void): void {
  let doc: Document;
  try {
    doc = parseHtml(readPage(page.file), page.url);
  } catch (error) {
    // A page that cannot be parsed is a crash of every engine: none of them got to run.
    for (const engine of engines) {
      post({ kind: 'engine', id: page.id, result: crashResult(engine, `parse: ${errorText(error)}`, page.truth) });
    }
    post({ kind: 'done', id: page.id });
    return;
  }
  try {
    for (const engine of fnv1a32(page.id) % 2 === 0 ? engines : engines.toReversed()) {
      let result: EngineResult;
      try {
        const output = ENGINE_RUNS[engine](doc, page.url);
        result = scoreEngine(engine, output, page.truth, keepText && engine === 'ours');
      } catch (error) {
        result = crashResult(engine, errorText(error), page.truth);
      }
      post({ kind: 'engine', id: page.id, result });
    }
  } finally {
    // A closed window lets jsdom free the page at once, which keeps a long run's memory flat.
    doc.defaultView?.close();
  }
  post({ kind: 'done', id: page.id });
}

const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);
port.on('message', (job: Job) => score(job, post));
// Loaded: from now on a page's time budget is spent on the page, not on compiling the engines.
post({ kind: 'ready' });
