// The render worker when running from source (tests, bench, the CLI and web
// bridge under tsx): a worker thread does not inherit tsx's loader, and Node 20
// ignores `--import tsx` in a worker's execArgv, so register it here first.
// The built app runs documents-worker.js instead (see pool.ts).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
