// The file a scoring thread starts from. On Node 20 a worker thread does not get the tsx loader of the
// thread that started it (neither inherited nor through execArgv `--import tsx`: the .ts file is
// refused as an unknown extension), so each thread registers tsx itself before loading the worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
