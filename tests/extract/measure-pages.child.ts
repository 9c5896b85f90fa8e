// node --import tsx measure-pages.child.ts ROOT NAME... -> one JSON array of PageMeasure on stdout.
// Lets readability-pages.test.ts use the second core: the test runner gives it one.
import { measurePage } from './measure-page';

const [root, ...names] = process.argv.slice(2);
if (!root) throw new Error('usage: measure-pages.child.ts ROOT NAME...');
process.stdout.write(JSON.stringify(names.map((name) => measurePage(root, name))));
