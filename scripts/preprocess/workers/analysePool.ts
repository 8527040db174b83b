/**
 * The per-article stages on `jobs` threads: this one and jobs − 1 worker threads. Files are handed
 * out in file order (a few ahead to each worker, one at a time here, between the workers'
 * messages); each result comes back once, in whatever order the threads finish, and is handed on
 * by its index. A bad file stops the hand-out; the files before it still finish, and the first bad
 * one in file order is the error — as one thread would have stopped.
 */
import { Worker } from 'node:worker_threads';
import { InputError } from '../inputError';
import type { Prepared } from '../pipeline';
import { analyseFile, type FileFindings } from './analyseFile';
import type { FromWorker, ToWorker } from './messages';

export interface PoolOptions {
  /** Threads for the per-article stages, this one included. */
  jobs: number;
  referenceDir: string;
  /** This thread's prepared reference data. */
  prepared: Prepared;
  /** Each file's findings, as they arrive (not in file order). */
  onFindings: (index: number, findings: FileFindings) => void;
}

/** Files a worker holds at once: enough that it never waits for this thread, few enough to keep memory flat. */
const IN_FLIGHT = 4;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function analyseFiles(files: readonly string[], options: PoolOptions): Promise<void> {
  const workerCount = Math.max(0, Math.min(options.jobs, files.length) - 1);
  const workers = Array.from({ length: workerCount }, () => new Worker(new URL('./analysisWorker.mjs', import.meta.url), { workerData: { referenceDir: options.referenceDir } }));
  let next = 0;
  let inFlight = 0;
  let stopped = false;
  const crash: { error: Error | null } = { error: null };
  const problems: Array<{ index: number; error: Error }> = [];
  const stop = (index: number, error: Error) => {
    stopped = true;
    problems.push({ index, error });
  };
  const take = (): number | null => (stopped || next >= files.length ? null : next++);
  const hand = (worker: Worker) => {
    const index = take();
    if (index === null) return;
    inFlight += 1;
    worker.postMessage({ index, file: files[index] as string } satisfies ToWorker);
  };
  let wake: () => void = () => undefined;
  for (const worker of workers) {
    worker.on('message', (reply: FromWorker) => {
      if (reply.kind === 'ready') {
        for (let i = 0; i < IN_FLIGHT; i++) hand(worker);
        return;
      }
      inFlight -= 1;
      if (reply.kind === 'findings') {
        try {
          options.onFindings(reply.index, { facts: JSON.parse(reply.facts) as FileFindings['facts'], evidenceText: reply.evidenceText });
        } catch (error) {
          // This thread's own failure (a spool it cannot write) comes before any file's.
          stop(-1, error as Error);
        }
      } else stop(reply.index, reply.kind === 'input-error' ? new InputError(reply.file, reply.reason, reply.line) : new Error(reply.message));
      hand(worker);
      wake();
    });
    worker.on('error', (error) => {
      crash.error = error;
      stopped = true;
      wake();
    });
  }
  try {
    // This thread works too, one file per turn of the event loop so the workers' messages come in between.
    for (let index = take(); index !== null; index = take()) {
      try {
        options.onFindings(index, analyseFile(files[index] as string, options.prepared));
      } catch (error) {
        stop(index, error as Error);
      }
      if (workers.length > 0) await nextTurn();
    }
    while (inFlight > 0 && crash.error === null) await new Promise<void>((resolve) => (wake = resolve));
    if (crash.error !== null) throw crash.error;
    problems.sort((a, b) => a.index - b.index);
    const first = problems[0];
    if (first !== undefined) throw first.error;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
