/**
 * The per-article stages on `jobs` threads: this one and jobs − 1 worker threads (with one job,
 * this thread does it all, with no worker). Files are handed out in file order, a few ahead to each
 * worker and one at a time here, between the workers' messages; each result comes back once, in
 * whatever order the threads finish, and is handed on by its index. A bad file stops the hand-out;
 * the files before it still finish, and the first bad one in file order is the error — as one
 * thread would have stopped. A worker that dies (out of memory, a crash in native code, an exit)
 * stops the run with an error naming the file it was on.
 *
 * This thread analyses too, rather than only collecting: every thread that analyses pays for its
 * own start-up and for compiling the stages' code again, and two workers beside a collecting thread
 * cost more CPU than one worker beside this one (see the commit that made it so for the figures).
 */
import { Worker } from 'node:worker_threads';
import { InputError } from '../inputError';
import type { Prepared } from '../pipeline';
import { analyseFile, type FileFindings } from './analyseFile';
import type { FromWorker, ToWorker, WorkerSetup } from './messages';

export interface PoolOptions {
  /** Threads for the per-article stages, this one included: jobs − 1 worker threads. */
  jobs: number;
  referenceDir: string;
  /** This thread's prepared reference data; the workers get its parsed reference files and compile their own. */
  prepared: Prepared;
  /** Each file's findings, as they arrive (not in file order), and whether a worker thread analysed it. */
  onFindings: (index: number, findings: FileFindings, byWorker: boolean) => void;
  /** The worker threads' entry (tests start one that dies); the pipeline's worker by default. */
  workerEntry?: URL;
  /** This thread starts on files only once every worker is up and has its first ones (tests: so that workers certainly get some). */
  waitForWorkers?: boolean;
}

/** Files a worker holds at once: enough that it never waits for this thread, few enough to keep memory flat. */
const IN_FLIGHT = 4;

/** Beside this file: the TypeScript loader's shim when run from source, the bundled worker when bundled (bundle.mjs). */
const WORKER_ENTRY = new URL('./analysisWorker.mjs', import.meta.url);

/** Why a worker thread stopped, naming the file it was on (the oldest it had been given and not answered). */
export function workerDeath(files: readonly string[], held: readonly number[] | undefined, cause: string): Error {
  const index = held?.[0];
  const on = held === undefined ? 'while starting' : index === undefined ? 'between files' : `while analysing ${files[index]}${held.length > 1 ? ` (${held.length - 1} more files were queued on it)` : ''}`;
  return new Error(`a worker thread died ${on}: ${cause}`);
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function analyseFiles(files: readonly string[], options: PoolOptions): Promise<void> {
  const workerCount = Math.max(0, Math.min(options.jobs, files.length) - 1);
  if (workerCount === 0) {
    analyseHere(files, options);
    return;
  }
  const setup: WorkerSetup = { referenceDir: options.referenceDir, reference: options.prepared.reference };
  const workers = Array.from({ length: workerCount }, () => new Worker(options.workerEntry ?? WORKER_ENTRY, { workerData: setup }));
  let next = 0;
  let stopped = false;
  let finished = false;
  /** Per worker, the indices it has been given and not yet answered, oldest first (it works through them in order). */
  const held = new Map<Worker, number[]>();
  const inFlight = () => [...held.values()].reduce((sum, list) => sum + list.length, 0);
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
    held.get(worker)?.push(index);
    worker.postMessage({ index, file: files[index] as string } satisfies ToWorker);
  };
  let wake: () => void = () => undefined;
  const died = (worker: Worker, cause: string) => {
    if (crash.error === null) crash.error = workerDeath(files, held.get(worker), cause);
    stopped = true;
    wake();
  };
  for (const worker of workers) {
    worker.on('message', (reply: FromWorker) => {
      if (reply.kind === 'ready') {
        held.set(worker, []);
        for (let i = 0; i < IN_FLIGHT; i++) hand(worker);
        wake();
        return;
      }
      const mine = held.get(worker);
      mine?.splice(mine.indexOf(reply.index), 1);
      if (reply.kind === 'findings') {
        try {
          options.onFindings(reply.index, { facts: JSON.parse(reply.facts) as FileFindings['facts'], evidenceText: reply.evidenceText }, true);
        } catch (error) {
          // This thread's own failure (a spool it cannot write) comes before any file's.
          stop(-1, error as Error);
        }
      } else stop(reply.index, reply.kind === 'input-error' ? new InputError(reply.file, reply.reason, reply.line) : new Error(reply.message));
      hand(worker);
      wake();
    });
    worker.on('error', (error) => died(worker, error.stack ?? error.message));
    // An exit is only expected from terminate() below; any other, with files held or not, loses work.
    worker.on('exit', (code) => {
      if (!finished) died(worker, `it exited with code ${code}`);
    });
  }
  try {
    while (options.waitForWorkers === true && held.size < workers.length && crash.error === null) await new Promise<void>((resolve) => (wake = resolve));
    // The workers hand themselves their first files when ready, and the next one with each reply;
    // this thread takes one file per turn of the event loop, so that their messages come in between.
    for (let index = take(); index !== null && crash.error === null; index = take()) {
      let findings: FileFindings | null = null;
      try {
        findings = analyseFile(files[index] as string, options.prepared);
      } catch (error) {
        stop(index, error as Error);
      }
      if (findings !== null) {
        try {
          options.onFindings(index, findings, false);
        } catch (error) {
          stop(-1, error as Error);
        }
      }
      await nextTurn();
    }
    while (inFlight() > 0 && crash.error === null) await new Promise<void>((resolve) => (wake = resolve));
    if (crash.error !== null) throw crash.error;
    problems.sort((a, b) => a.index - b.index);
    const first = problems[0];
    if (first !== undefined) throw first.error;
  } finally {
    finished = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** One job: every file in this thread, in file order, stopping at the first bad one. */
function analyseHere(files: readonly string[], options: PoolOptions): void {
  files.forEach((file, index) => options.onFindings(index, analyseFile(file, options.prepared), false));
}
