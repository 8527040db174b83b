/**
 * The per-article stages on `jobs` threads: this one and jobs − 1 worker threads (with one job,
 * this thread does it all, with no worker). Every thread takes the next file in file order itself,
 * from a counter in shared memory (messages.ts), so no worker waits for this thread to hand it
 * work, and the files are shared out one at a time to the very end; the workers send their
 * findings back a batch of files per message, and this thread takes theirs between its own files.
 * Each result comes back once, in whatever order the threads finish, and is handed on by its
 * index. A bad file stops the hand-out; the files before it still finish, and the first bad one in
 * file order is the error — as one thread would have stopped. A worker that dies (out of memory, a
 * crash in native code, an exit) stops the run with an error naming the file it was on.
 *
 * This thread analyses too, rather than only collecting: every thread that analyses pays for its
 * own start-up and for compiling the stages' code again, and two workers beside a collecting thread
 * cost more CPU than one worker beside this one (see the commit that made it so for the figures).
 */
import { Worker } from 'node:worker_threads';
import { InputError } from '../inputError';
import type { Prepared } from '../pipeline';
import { analyseFile, type FileFindings } from './analyseFile';
import { NEXT, onFile, sharedInts, STOP, type FromWorker, type WorkerSetup } from './messages';

export interface PoolOptions {
  /** Threads for the per-article stages, this one included: jobs − 1 worker threads. */
  jobs: number;
  referenceDir: string;
  /** This thread's prepared reference data; the workers get its parsed reference files and compile their own. */
  prepared: Prepared;
  /** Each file's findings, as they arrive (not in file order), and whether a worker thread analysed it. */
  onFindings: (index: number, findings: PoolFindings, byWorker: boolean) => void;
  /** The worker threads' entry (tests start one that dies); the pipeline's worker by default. */
  workerEntry?: URL;
  /** This thread starts on files only once every worker is up and has taken its first one (tests: so that workers certainly get some). */
  waitForWorkers?: boolean;
}

/** A file's findings as the pool hands them on: the facts, and the evidence entry's JSON as UTF-8 (what the spool keeps). */
export interface PoolFindings {
  facts: FileFindings['facts'];
  evidence: Buffer;
}

const here = ({ facts, evidenceText }: FileFindings): PoolFindings => ({ facts, evidence: Buffer.from(evidenceText, 'utf8') });

/** Beside this file: the TypeScript loader's shim when run from source, the bundled worker when bundled (bundle.mjs). */
const WORKER_ENTRY = new URL('./analysisWorker.mjs', import.meta.url);

/** Why a worker thread stopped, naming the file it was on (-1: between files; undefined: before it was up). */
export function workerDeath(files: readonly string[], on: number | undefined, cause: string): Error {
  const where = on === undefined ? 'while starting' : on < 0 ? 'between files' : `while analysing ${files[on]}`;
  return new Error(`a worker thread died ${where}: ${cause}`);
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function analyseFiles(files: readonly string[], options: PoolOptions): Promise<void> {
  const workerCount = Math.max(0, Math.min(options.jobs, files.length) - 1);
  if (workerCount === 0) {
    analyseHere(files, options);
    return;
  }
  const shared = new SharedArrayBuffer(sharedInts(workerCount) * Int32Array.BYTES_PER_ELEMENT);
  const state = new Int32Array(shared);
  for (let w = 0; w < workerCount; w++) state[onFile(w)] = -1;
  const workers = Array.from({ length: workerCount }, (_, worker) => {
    const setup: WorkerSetup = { referenceDir: options.referenceDir, reference: options.prepared.reference, files, shared, worker };
    return new Worker(options.workerEntry ?? WORKER_ENTRY, { workerData: setup });
  });
  const ready = new Set<number>();
  const done = new Set<number>();
  const crash: { error: Error | null } = { error: null };
  const problems: Array<{ index: number; error: Error }> = [];
  const stop = (index: number, error: Error) => {
    Atomics.store(state, STOP, 1);
    problems.push({ index, error });
  };
  const take = (): number | null => {
    if (Atomics.load(state, STOP) !== 0) return null;
    const index = Atomics.add(state, NEXT, 1);
    return index < files.length ? index : null;
  };
  let wake: () => void = () => undefined;
  const died = (worker: number, cause: string) => {
    const on = state[onFile(worker)] ?? -1;
    if (crash.error === null) crash.error = workerDeath(files, on >= 0 ? on : ready.has(worker) ? -1 : undefined, cause);
    Atomics.store(state, STOP, 1);
    wake();
  };
  workers.forEach((thread, worker) => {
    thread.on('message', (reply: FromWorker) => {
      if (reply.kind === 'findings') {
        try {
          const facts = JSON.parse(reply.facts) as Array<PoolFindings['facts']>;
          const { buffer, byteOffset } = reply.evidence;
          let at = byteOffset;
          reply.indices.forEach((index, i) => {
            const bytes = reply.evidenceBytes[i] ?? 0;
            options.onFindings(index, { facts: facts[i] as PoolFindings['facts'], evidence: Buffer.from(buffer, at, bytes) }, true);
            at += bytes;
          });
        } catch (error) {
          // This thread's own failure (a spool it cannot write) comes before any file's.
          stop(-1, error as Error);
        }
      } else if (reply.kind === 'ready') ready.add(worker);
      else if (reply.kind === 'done') done.add(worker);
      else stop(reply.index, reply.kind === 'input-error' ? new InputError(reply.file, reply.reason, reply.line) : new Error(reply.message));
      wake();
    });
    thread.on('error', (error) => died(worker, error.stack ?? error.message));
    // A worker ends by itself once it has said it is done; any other exit loses work.
    thread.on('exit', (code) => {
      if (!done.has(worker)) died(worker, `it exited with code ${code}`);
    });
  });
  const waitFor = async (until: () => boolean) => {
    while (!until() && crash.error === null) await new Promise<void>((resolve) => (wake = resolve));
  };
  try {
    if (options.waitForWorkers === true) await waitFor(() => ready.size + done.size === workers.length);
    // One file per turn of the event loop, so that the workers' messages come in between.
    for (let index = take(); index !== null && crash.error === null; index = take()) {
      let findings: PoolFindings | null = null;
      try {
        findings = here(analyseFile(files[index] as string, options.prepared));
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
    await waitFor(() => done.size === workers.length);
    if (crash.error !== null) throw crash.error;
    problems.sort((a, b) => a.index - b.index);
    const first = problems[0];
    if (first !== undefined) throw first.error;
  } finally {
    for (const worker of workers.keys()) done.add(worker);
    await Promise.all(workers.map((thread) => thread.terminate()));
  }
}

/** One job: every file in this thread, in file order, stopping at the first bad one. */
function analyseHere(files: readonly string[], options: PoolOptions): void {
  files.forEach((file, index) => options.onFindings(index, here(analyseFile(file, options.prepared)), false));
}
