// A worker thread's entry. Node 20 does not hand a worker the TypeScript loader its parent runs
// under (tsx), so the worker registers it itself before it loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./analysisWorker.ts');
