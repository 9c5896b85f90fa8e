// node --import tsx measure-pages.child.ts NAME... -> one JSON array of PageMeasure on stdout.
// Lets readability-pages.test.ts use the second core: the test runner gives it one.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { measurePage, type PageMeasure } from './measure-page';

const names = process.argv.slice(2);
const results: PageMeasure[] = [];
for (const name of names) {
  results.push(measurePage(name));
  // jsdom holds its documents through WeakRefs, which V8 clears only between event-loop turns.
  await nextTurn();
}
process.stdout.write(JSON.stringify(results));
