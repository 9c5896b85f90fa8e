// Scores pages on worker threads, one per core, each handed the next page of one queue when it is
// done with its last (so a slow page never leaves a core idle). A page gets a time budget: when it is
// spent, or its worker dies, the worker is replaced and the engines that had not answered crash.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EngineName, EngineResult, PageResult, ScorePage } from './page';
import { crashResult } from './score-engine';
import type { Job, WorkerMessage } from './worker';

export interface PoolOptions {
  engines: EngineName[];
  /** Keep ours' output text (for the report). */
  keepText: boolean;
  /** Milliseconds a page may take, parsing and all engines, before it counts as a crash. */
  budgetMs: number;
  /** Told after each page, in the order pages finish. */
  onPage: (done: number, total: number) => void;
}

interface Slot {
  worker: Worker;
  page: ScorePage | null;
  results: EngineResult[];
  timer: NodeJS.Timeout | undefined;
}

function startWorker(): Worker {
  // Piped and drained: what the pages and libraries print is noise here, the results are the messages.
  const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { stdout: true, stderr: true });
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

/** One worker per core, and never more than there are pages. */
export function workerCount(pages: number): number {
  return Math.min(availableParallelism(), pages);
}

/** Scores every page with every engine; the results come back in the order of `pages`. */
export function scorePages(pages: ScorePage[], options: PoolOptions): Promise<PageResult[]> {
  const queue = [...pages];
  const finished = new Map<string, PageResult>();
  const threads = workerCount(pages.length);

  return new Promise((resolve, reject) => {
    if (pages.length === 0) {
      resolve([]);
      return;
    }

    const finish = (slot: Slot) => {
      const page = slot.page!;
      clearTimeout(slot.timer);
      finished.set(page.id, { page, engines: slot.results });
      slot.page = null;
      slot.results = [];
      options.onPage(finished.size, pages.length);
    };

    // The page's worker is given up: the engines without a result crash, and a new worker takes over.
    const fail = (slot: Slot, page: ScorePage, reason: string) => {
      void slot.worker.terminate();
      slot.worker = startWorker();
      listen(slot, slot.worker);
      const answered = new Set(slot.results.map((result) => result.engine));
      for (const engine of options.engines) {
        if (!answered.has(engine)) slot.results.push(crashResult(engine, reason, page.truth));
      }
      finish(slot);
    };

    const next = (slot: Slot) => {
      const page = queue.shift();
      if (!page) {
        void slot.worker.terminate();
        if (finished.size === pages.length) resolve(pages.map((p) => finished.get(p.id)!));
        return;
      }
      slot.page = page;
      slot.timer = setTimeout(() => fail(slot, page, `timed out after ${options.budgetMs / 1000} s`), options.budgetMs);
      const job: Job = { page, engines: options.engines, keepText: options.keepText };
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker's port has no origin
      slot.worker.postMessage(job);
    };

    // Events of a worker that has been replaced are ignored: its page is already settled.
    const listen = (slot: Slot, worker: Worker) => {
      worker.on('message', (message: WorkerMessage) => {
        if (slot.worker !== worker) return;
        if (message.kind === 'ready') {
          next(slot);
        } else if (message.id === slot.page?.id && message.kind === 'engine') {
          slot.results.push(message.result);
        } else if (message.id === slot.page?.id) {
          finish(slot);
          next(slot);
        }
      });
      worker.on('error', (error) => {
        if (slot.worker !== worker) return;
        // A worker that dies before its first page cannot load the engines: no page would fare better.
        if (slot.page) fail(slot, slot.page, `worker died: ${error.message}`);
        else reject(error);
      });
      worker.on('exit', (code) => {
        if (slot.worker === worker && slot.page) fail(slot, slot.page, `worker exited with code ${code}`);
      });
    };

    for (let i = 0; i < threads; i++) {
      const slot: Slot = { worker: startWorker(), page: null, results: [], timer: undefined };
      listen(slot, slot.worker);
    }
  });
}
