// node --import tsx measure-pages.child.ts ROOT NAME... -> one JSON array of PageMeasure on stdout.
// Lets readability-pages.test.ts use the second core: the test runner gives it one.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { measurePage, type PageMeasure } from './measure-page';

const [root, ...names] = process.argv.slice(2);
if (!root) throw new Error('usage: measure-pages.child.ts ROOT NAME...');
const results: PageMeasure[] = [];
for (const name of names) {
  results.push(measurePage(root, name));
  // jsdom holds its documents through WeakRefs, which V8 clears only between event-loop turns.
  await nextTurn();
}
process.stdout.write(JSON.stringify(results));
