import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, type TestFunction } from 'vitest';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Wraps the body of each test of a file that reads `dir`, a corpus in ../shared beside the
 * project: `it(name, needs(() => ...))`. A clone of the project alone has no ../shared: then each
 * such test is skipped, with the reason beside it, and the file says in one line how many it
 * skipped, so that a green run never hides what it did not check. CI refuses to run without
 * ../shared (.ci/run).
 *
 * Tests made per page (`it.each`, `describe.each` over the corpus's pages) need nothing: without
 * the corpus there are none.
 */
export function needsCorpus(dir: string): (fn: TestFunction) => TestFunction {
  if (existsSync(dir)) return (fn) => fn;
  const reason = `${relative(PROJECT, dir)} not found`;
  let skipped = 0;
  afterAll(() => console.log(`skipped ${skipped} test${skipped === 1 ? '' : 's'}: ${reason}`));
  // Skipped as they run, not when collected: a file whose every test is skipped when collected
  // runs no hook, and could not say so.
  return () =>
    ({ skip }) => {
      skipped++;
      skip(reason);
    };
}
